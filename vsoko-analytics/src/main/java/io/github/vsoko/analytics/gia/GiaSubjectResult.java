package io.github.vsoko.analytics.gia;

import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamLevel;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StateExam;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One subject of one exam form in a year.
 *
 * @param exam ГИА-9 or ГИА-11
 * @param form ОГЭ, ГВЭ or ЕГЭ
 * @param subject the subject («Математика» base and profile are separate entries by {@code level})
 * @param level the level of mathematics ЕГЭ (base, profile), empty for every other exam
 * @param participants results counted (main period and the others given)
 * @param meanTestScore mean test score (ЕГЭ), if any
 * @param meanPrimaryScore mean primary score, if any
 * @param marks results by mark («2»…«5») where marks are given
 * @param minimum the minimum used, if the table has one
 * @param belowMinimum test scores below the minimum
 * @param lowered exam mark below the annual mark
 * @param confirmed exam mark equal to the annual mark
 * @param raised exam mark above the annual mark
 * @param noAnnualMark results with an exam mark but no numeric annual mark in the subject
 * @param scaled whether a mark scale of the year was applied ({@link ExamScales})
 * @param markedByScale results without a given mark that got the scale's mark
 * @param disagreeWithScale results whose given mark differs from the scale's mark
 * @param failedOnPartCondition results whose total reaches «3» but whose parts fail a condition of the scale (e.g.
 *     fewer than 2 points for geometry in ОГЭ mathematics), so the mark is «2»
 * @param unscaled results the scale could not mark (a part a condition needs is missing, or the score is outside it)
 * @since 0.1.0
 */
public record GiaSubjectResult(StateExam exam, ExamForm form, SchoolSubject subject, Optional<ExamLevel> level, long participants,
    OptionalDouble meanTestScore, OptionalDouble meanPrimaryScore, Map<String, Long> marks, OptionalInt minimum,
    long belowMinimum, long lowered, long confirmed, long raised, long noAnnualMark, boolean scaled, long markedByScale,
    long disagreeWithScale, long failedOnPartCondition, long unscaled) {
  /** Validates and copies. */
  public GiaSubjectResult {
    Objects.requireNonNull(exam, "exam");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(level, "level");
    marks = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(marks)); // sorted: output order is stable
  }
}
