package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A result of a state exam (результат ГИА) of one student in one subject.
 *
 * @param studentId the student
 * @param exam ГИА-9 or ГИА-11
 * @param form ОГЭ, ГВЭ or ЕГЭ
 * @param subject the subject
 * @param level base or profile, for mathematics ЕГЭ
 * @param primaryScore primary score (первичный балл)
 * @param testScore test score 0–100 (тестовый балл), for ЕГЭ
 * @param mark five-point mark, for ОГЭ, ГВЭ and base mathematics ЕГЭ
 * @param year the calendar year of the campaign
 * @param period which period of the campaign
 * @param partScores primary points by part of the work (баллы по частям, модулям), e.g. «геометрия» → 3 for
 *     ОГЭ mathematics, where a mark depends on them; empty (or {@code null}) when not given
 * @since 0.1.0
 */
public record ExamResult(
    String studentId,
    StateExam exam,
    ExamForm form,
    SchoolSubject subject,
    Optional<ExamLevel> level,
    OptionalInt primaryScore,
    OptionalInt testScore,
    Optional<MarkValue> mark,
    int year,
    ExamPeriod period,
    Map<String, Integer> partScores) {

  /** Validates the result. */
  public ExamResult {
    studentId = Checks.text(studentId, "student id");
    Checks.notNull(exam, "exam");
    Checks.notNull(form, "exam form");
    if (!form.belongsTo(exam)) {
      throw new IllegalArgumentException(form.label() + " is not a form of " + exam.label());
    }
    Checks.notNull(subject, "subject");
    Checks.notNull(level, "exam level");
    if (level.isPresent() && form != ExamForm.EGE) {
      throw new IllegalArgumentException("only ЕГЭ has a base or profile level, not " + form.label());
    }
    Checks.notNull(primaryScore, "primary score");
    primaryScore.ifPresent(p -> Checks.nonNegative(p, "primary score"));
    Checks.notNull(testScore, "test score");
    testScore.ifPresent(t -> Checks.range(t, 0, 100, "test score"));
    if (testScore.isPresent() && form != ExamForm.EGE) {
      throw new IllegalArgumentException("only ЕГЭ has a test score, not " + form.label());
    }
    if (testScore.isPresent() && level.filter(l -> l == ExamLevel.BASE).isPresent()) {
      throw new IllegalArgumentException("base-level mathematics ЕГЭ has a mark, not a test score");
    }
    Checks.notNull(mark, "mark");
    if (mark.isPresent() && !mark.get().isNumeric()) {
      throw new IllegalArgumentException("an exam mark must be 2–5, was «" + mark.get().label() + "»");
    }
    Checks.range(year, 1990, 2999, "exam year");
    Checks.notNull(period, "exam period");
    if (primaryScore.isEmpty() && testScore.isEmpty() && mark.isEmpty()) {
      throw new IllegalArgumentException("exam result of student " + studentId + " in " + subject
          + " has no primary score, test score or mark");
    }
    TreeMap<String, Integer> parts = new TreeMap<>();
    for (Map.Entry<String, Integer> e : (partScores == null ? Map.<String, Integer>of() : partScores).entrySet()) {
      String part = Checks.text(e.getKey(), "part of the work");
      Checks.notNull(e.getValue(), "points for part " + part);
      Checks.nonNegative(e.getValue(), "points for part " + part);
      if (primaryScore.isPresent() && e.getValue() > primaryScore.getAsInt()) {
        throw new IllegalArgumentException("part «" + part + "» has " + e.getValue() + " points, above the primary score "
            + primaryScore.getAsInt());
      }
      parts.put(part, e.getValue());
    }
    partScores = Collections.unmodifiableSortedMap(parts);
  }

  /** A result without part scores. */
  public ExamResult(String studentId, StateExam exam, ExamForm form, SchoolSubject subject, Optional<ExamLevel> level,
      OptionalInt primaryScore, OptionalInt testScore, Optional<MarkValue> mark, int year, ExamPeriod period) {
    this(studentId, exam, form, subject, level, primaryScore, testScore, mark, year, period, Map.of());
  }

  /** A copy with the points by part of the work. */
  public ExamResult withPartScores(Map<String, Integer> value) {
    return new ExamResult(studentId, exam, form, subject, level, primaryScore, testScore, mark, year, period, value);
  }

  /** Points for a part, by its name without regard to case; empty if not given. */
  public OptionalInt partScore(String part) {
    for (Map.Entry<String, Integer> e : partScores.entrySet()) {
      if (e.getKey().equalsIgnoreCase(part.strip())) {
        return OptionalInt.of(e.getValue());
      }
    }
    return OptionalInt.empty();
  }

  /** An ОГЭ result in the main period. */
  public static ExamResult oge(String studentId, SchoolSubject subject, int year, int primaryScore, int mark) {
    return new ExamResult(studentId, StateExam.GIA_9, ExamForm.OGE, subject, Optional.empty(),
        OptionalInt.of(primaryScore), OptionalInt.empty(), Optional.of(MarkValue.of(mark)), year, ExamPeriod.MAIN);
  }

  /** An ЕГЭ result with a test score in the main period (profile level for mathematics). */
  public static ExamResult ege(String studentId, SchoolSubject subject, int year, int primaryScore, int testScore) {
    Optional<ExamLevel> level =
        subject.equals(SchoolSubject.MATHEMATICS) ? Optional.of(ExamLevel.PROFILE) : Optional.empty();
    return new ExamResult(studentId, StateExam.GIA_11, ExamForm.EGE, subject, level,
        OptionalInt.of(primaryScore), OptionalInt.of(testScore), Optional.empty(), year, ExamPeriod.MAIN);
  }

  /** A base-level mathematics ЕГЭ result in the main period. */
  public static ExamResult egeBaseMath(String studentId, int year, int mark) {
    return new ExamResult(studentId, StateExam.GIA_11, ExamForm.EGE, SchoolSubject.MATHEMATICS,
        Optional.of(ExamLevel.BASE), OptionalInt.empty(), OptionalInt.empty(), Optional.of(MarkValue.of(mark)), year,
        ExamPeriod.MAIN);
  }
}
