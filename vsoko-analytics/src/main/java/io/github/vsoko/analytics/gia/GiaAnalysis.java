package io.github.vsoko.analytics.gia;

import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamLevel;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.PeriodKind;
import io.github.vsoko.model.school.MarkComparison;
import io.github.vsoko.model.school.StateExam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * ГИА of one year by exam, form, subject and level: participants, mean scores, marks, the share below
 * the minimum (ЕГЭ test score against the table for the year and purpose) and the exam mark compared
 * with the annual mark of the academic year that ends in the exam year.
 *
 * @since 0.1.0
 */
public final class GiaAnalysis {
  private GiaAnalysis() {}

  /** The results without mark scales (marks only as given), sorted by exam, form, subject and level. */
  public static List<GiaSubjectResult> analyse(SchoolData data, int year, GiaMinimums minimums, MinimumPurpose purpose) {
    return analyse(data, year, minimums, purpose, ExamScales.none());
  }

  /**
   * The results, sorted by exam, form, subject and level. Where {@code scales} has the scale of an ОГЭ/ГВЭ subject,
   * a result without a mark gets the scale's mark of its primary score and parts, and a given mark that differs from
   * the scale's is counted (the given mark stays: it is the official one).
   */
  public static List<GiaSubjectResult> analyse(SchoolData data, int year, GiaMinimums minimums, MinimumPurpose purpose,
      ExamScales scales) {
    Map<SubjectKey, List<ExamResult>> groups = new TreeMap<>();
    for (ExamResult e : data.exams()) {
      if (e.year() == year) {
        groups.computeIfAbsent(new SubjectKey(e.exam(), e.form(), e.subject().name(), e.level()), k -> new ArrayList<>()).add(e);
      }
    }
    Map<StudentSubject, MarkValue> annual = new java.util.HashMap<>();
    for (AttestationMark m : data.marks()) {
      if (m.period().kind() == PeriodKind.ACADEMIC_YEAR && m.period().end().getYear() == year && m.value().isNumeric()) {
        annual.put(new StudentSubject(m.studentId(), m.subject().code()), m.value());
      }
    }
    List<GiaSubjectResult> out = new ArrayList<>();
    for (List<ExamResult> rs : groups.values()) {
      ExamResult first = rs.get(0);
      OptionalInt minimum = first.form() == ExamForm.EGE
          ? minimums.minimum(year, purpose, first.subject()) : OptionalInt.empty();
      boolean isBase = first.level().map(l -> l == ExamLevel.BASE).orElse(false);
      if (isBase) {
        minimum = OptionalInt.empty();
      }
      Map<String, Long> marks = new TreeMap<>();
      long below = 0;
      long lowered = 0;
      long confirmed = 0;
      long raised = 0;
      long noAnnual = 0;
      long byScale = 0;
      long disagree = 0;
      long failedOnPart = 0;
      long unscaled = 0;
      Optional<ExamScale> scale = scales.scale(year, first.exam(), first.form(), first.subject()); // never ЕГЭ: ExamScales refuses it
      for (ExamResult r : rs) {
        Optional<MarkValue> mark = r.mark().filter(MarkValue::isNumeric);
        if (scale.isPresent() && r.primaryScore().isPresent()) {
          int total = r.primaryScore().getAsInt();
          try {
            MarkValue scaled = scale.get().mark(total, r.partScores());
            if (scaled.equals(MarkValue.TWO) && !scale.get().markByTotal(total).equals(MarkValue.TWO)) {
              failedOnPart++;
            }
            if (mark.isEmpty()) {
              mark = Optional.of(scaled);
              byScale++;
            } else if (!mark.get().equals(scaled)) {
              disagree++;
            }
          } catch (IllegalArgumentException e) { // a part a condition needs is not given, or the score is outside the scale
            unscaled++;
          }
        }
        mark.ifPresent(m -> marks.merge(m.label(), 1L, Long::sum));
        if (minimum.isPresent() && r.testScore().isPresent() && r.testScore().getAsInt() < minimum.getAsInt()) {
          below++;
        }
        if (mark.isPresent()) {
          switch (MarkComparison.of(mark.get(), Optional.ofNullable(annual.get(new StudentSubject(r.studentId(),
              r.subject().code()))))) {
            case LOWERED -> lowered++;
            case CONFIRMED -> confirmed++;
            case RAISED -> raised++;
            case NO_SCHOOL_MARK -> noAnnual++;
          }
        }
      }
      out.add(new GiaSubjectResult(first.exam(), first.form(), first.subject(), first.level(), rs.size(),
          mean(rs.stream().filter(r -> r.testScore().isPresent()).mapToInt(r -> r.testScore().getAsInt()).toArray()),
          mean(rs.stream().filter(r -> r.primaryScore().isPresent()).mapToInt(r -> r.primaryScore().getAsInt()).toArray()),
          marks, minimum, below, lowered, confirmed, raised, noAnnual, scale.isPresent(), byScale, disagree, failedOnPart, unscaled));
    }
    return out;
  }

  /** One subject of one exam form: the group results are counted in, ordered as the report lists them. */
  private record SubjectKey(StateExam exam, ExamForm form, String subject, Optional<ExamLevel> level)
      implements Comparable<SubjectKey> {
    @Override
    public int compareTo(SubjectKey o) {
      return java.util.Comparator.comparing((SubjectKey k) -> k.exam().name()).thenComparing(k -> k.form().name())
          .thenComparing(SubjectKey::subject).thenComparing(k -> k.level().map(ExamLevel::russianName).orElse(""))
          .compare(this, o);
    }
  }

  /** A student's annual mark in a subject. */
  private record StudentSubject(String studentId, String subject) {}

  private static OptionalDouble mean(int[] values) {
    return values.length == 0 ? OptionalDouble.empty() : java.util.Arrays.stream(values).average();
  }
}
