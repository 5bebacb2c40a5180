package io.github.vsoko.analytics.gia;

import io.github.vsoko.analytics.internal.Proportions;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamLevel;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
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
 * with the annual mark of the academic year that ends in the exam year (for mathematics without a «Математика» mark, the
 * «Алгебра» mark).
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
    return analyse(data, year, minimums, purpose, scales, AnnualMarkMapping.standard());
  }

  /**
   * The results as {@link #analyse(SchoolData, int, GiaMinimums, MinimumPurpose, ExamScales)}, an exam compared with the
   * annual mark {@code mapping} gives (the exam's subject, else the mean of its components: «Математика» =
   * «Алгебра» + «Геометрия» by default).
   */
  public static List<GiaSubjectResult> analyse(SchoolData data, int year, GiaMinimums minimums, MinimumPurpose purpose,
      ExamScales scales, AnnualMarkMapping mapping) {
    Map<SubjectKey, List<ExamResult>> groups = new TreeMap<>();
    for (ExamResult e : data.exams()) {
      if (e.year() == year) {
        groups.computeIfAbsent(SubjectKey.of(e), k -> new ArrayList<>()).add(e);
      }
    }
    java.util.function.Function<ExamResult, Optional<MarkValue>> annual = annualMarks(data, year, mapping);
    List<GiaSubjectResult> out = new ArrayList<>();
    for (List<ExamResult> rs : groups.values()) {
      out.add(result(rs, year, minimums, purpose, scales, annual));
    }
    return out;
  }

  /**
   * The results of each subject by class or by teacher, sorted by subject then group. The class is the student's class
   * on 31 May of the exam year (from the history where it has that year); the teachers are those of the subject in
   * that class in the academic year ending in the exam year (teaching assignments), «учитель не известен» without them.
   * Each group's lowered and raised shares (exam mark against the annual mark) are compared with the rest of the
   * subject's results by the same test as the ВПР classes (z ≥ 2.58 and at least 20 points).
   */
  public static List<GiaGroupResult> byGroup(SchoolData data, int year, GiaMinimums minimums, MinimumPurpose purpose,
      ExamScales scales, GiaGrouping grouping) {
    return byGroup(data, year, minimums, purpose, scales, grouping, AnnualMarkMapping.standard());
  }

  /** The results by class or teacher, an exam compared with the annual mark {@code mapping} gives. */
  public static List<GiaGroupResult> byGroup(SchoolData data, int year, GiaMinimums minimums, MinimumPurpose purpose,
      ExamScales scales, GiaGrouping grouping, AnnualMarkMapping mapping) {
    java.util.Objects.requireNonNull(grouping, "grouping");
    Map<SubjectKey, Map<String, List<ExamResult>>> groups = new TreeMap<>();
    Map<SubjectKey, List<ExamResult>> subjects = new TreeMap<>();
    java.time.LocalDate beforeExams = java.time.LocalDate.of(year, 5, 31);
    io.github.vsoko.model.time.AcademicYear academicYear = io.github.vsoko.model.time.AcademicYear.starting(year - 1);
    for (ExamResult e : data.exams()) {
      if (e.year() != year) {
        continue;
      }
      SubjectKey key = SubjectKey.of(e);
      subjects.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      java.util.Optional<io.github.vsoko.model.school.ClassName> c = data.classOf(e.studentId(), beforeExams);
      List<String> labels;
      if (grouping == GiaGrouping.CLASS) {
        labels = List.of(c.map(Object::toString).orElse(UNKNOWN_CLASS));
      } else {
        List<String> teachers = c.map(x -> teachers(data, x, e.subject(), academicYear)).orElse(List.of());
        labels = teachers.isEmpty() ? List.of(UNKNOWN_TEACHER) : teachers;
      }
      for (String label : labels) {
        groups.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(label, k -> new ArrayList<>()).add(e);
      }
    }
    java.util.function.Function<ExamResult, Optional<MarkValue>> annual = annualMarks(data, year, mapping);
    List<GiaGroupResult> out = new ArrayList<>();
    groups.forEach((key, byLabel) -> {
      GiaSubjectResult all = result(subjects.get(key), year, minimums, purpose, scales, annual);
      long allCompared = all.lowered() + all.confirmed() + all.raised();
      byLabel.forEach((label, rs) -> {
        GiaSubjectResult r = result(rs, year, minimums, purpose, scales, annual);
        long compared = r.lowered() + r.confirmed() + r.raised();
        out.add(new GiaGroupResult(label, r,
            Proportions.standsOut(r.lowered(), compared, all.lowered() - r.lowered(), allCompared - compared),
            Proportions.standsOut(r.raised(), compared, all.raised() - r.raised(), allCompared - compared)));
      });
    });
    return List.copyOf(out);
  }

  /** The group of a result whose class on the day before the exams is not known. */
  public static final String UNKNOWN_CLASS = "класс не известен";

  /** The group of a result whose subject teacher is not in the teaching assignments. */
  public static final String UNKNOWN_TEACHER = "учитель не известен";

  /** The annual mark each result is compared with: of the academic year ending in the exam year, by {@code mapping}. */
  private static java.util.function.Function<ExamResult, Optional<MarkValue>> annualMarks(SchoolData data, int year,
      AnnualMarkMapping mapping) {
    Map<StudentSubject, MarkValue> annual = new java.util.HashMap<>();
    for (AttestationMark m : data.marks()) {
      if (m.period().kind() == PeriodKind.ACADEMIC_YEAR && m.period().end().getYear() == year && m.value().isNumeric()) {
        annual.put(new StudentSubject(m.studentId(), m.subject().code()), m.value());
      }
    }
    return r -> mapping.annualMark(r.subject(), s -> Optional.ofNullable(annual.get(new StudentSubject(r.studentId(), s.code()))));
  }

  /** The teachers of an exam's subject in a class: of the subject, and for mathematics without them, of «Алгебра». */
  private static List<String> teachers(SchoolData data, io.github.vsoko.model.school.ClassName c, SchoolSubject subject,
      io.github.vsoko.model.time.AcademicYear year) {
    List<String> own = data.teachersOf(c, subject, year);
    return own.isEmpty() && subject.equals(SchoolSubject.MATHEMATICS) ? data.teachersOf(c, SchoolSubject.ALGEBRA, year) : own;
  }

  /** The results of one subject key (all of one exam, form, subject and level). */
  private static GiaSubjectResult result(List<ExamResult> rs, int year, GiaMinimums minimums, MinimumPurpose purpose,
      ExamScales scales, java.util.function.Function<ExamResult, Optional<MarkValue>> annual) {
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
        switch (MarkComparison.of(mark.get(), annual.apply(r))) {
          case LOWERED -> lowered++;
          case CONFIRMED -> confirmed++;
          case RAISED -> raised++;
          case NO_SCHOOL_MARK -> noAnnual++;
        }
      }
    }
    return new GiaSubjectResult(first.exam(), first.form(), first.subject(), first.level(), rs.size(),
        mean(rs.stream().filter(r -> r.testScore().isPresent()).mapToInt(r -> r.testScore().getAsInt()).toArray()),
        mean(rs.stream().filter(r -> r.primaryScore().isPresent()).mapToInt(r -> r.primaryScore().getAsInt()).toArray()),
        marks, minimum, below, lowered, confirmed, raised, noAnnual, scale.isPresent(), byScale, disagree, failedOnPart, unscaled);
  }

  /** One subject of one exam form: the group results are counted in, ordered as the report lists them. */
  private record SubjectKey(StateExam exam, ExamForm form, String subject, Optional<ExamLevel> level)
      implements Comparable<SubjectKey> {
    static SubjectKey of(ExamResult e) {
      return new SubjectKey(e.exam(), e.form(), e.subject().name(), e.level());
    }

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
