package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A result of one student in a functional-literacy diagnostic (результат диагностики функциональной грамотности): the
 * direction, the date, and the level and/or the score as the platform (РЭШ, Учи.ру, a regional centre) reports them.
 *
 * @param studentId the student
 * @param direction the direction
 * @param date the date of the diagnostic
 * @param score the score (percent of the maximum or points, as reported), if given
 * @param level the level, if given
 * @param source where the diagnostic was taken («РЭШ», «Учи.ру»), if known
 * @since 0.1.0
 */
public record LiteracyResult(String studentId, LiteracyDirection direction, LocalDate date, Optional<BigDecimal> score,
    Optional<LiteracyLevel> level, Optional<String> source) {
  /** Validates the result: a level or a score is required. */
  public LiteracyResult {
    studentId = Checks.text(studentId, "student id");
    Checks.notNull(direction, "direction");
    Checks.notNull(date, "date");
    Checks.notNull(score, "score");
    score.ifPresent(s -> Checks.nonNegative(s, "literacy score"));
    Checks.notNull(level, "level");
    source = Checks.optionalText(source, "source");
    if (score.isEmpty() && level.isEmpty()) {
      throw new IllegalArgumentException("literacy result of student " + studentId + " in «" + direction.title()
          + "» has neither a level nor a score");
    }
  }

  /** A result with a level only. */
  public static LiteracyResult of(String studentId, LiteracyDirection direction, LocalDate date, LiteracyLevel level) {
    return new LiteracyResult(studentId, direction, date, Optional.empty(), Optional.of(level), Optional.empty());
  }
}
