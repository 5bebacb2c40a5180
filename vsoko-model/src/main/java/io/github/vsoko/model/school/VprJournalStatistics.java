package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the ФИС ОКО report «Сравнение отметок с отметками по журналу» of a ВПР work: a group of participants with
 * how many lowered, confirmed and raised their journal mark, as counts and as the printed percents.
 *
 * @param subject the subject
 * @param grade the grade of the work
 * @param year the year of the work
 * @param level the level of the group
 * @param name the group's name as printed, without the code
 * @param code the municipality's code or the school's login, when printed
 * @param participants participants in all
 * @param lowered participants whose ВПР mark is below the journal mark
 * @param loweredPercent its printed percent
 * @param confirmed participants whose marks agree
 * @param confirmedPercent its printed percent
 * @param raised participants whose ВПР mark is above the journal mark
 * @param raisedPercent its printed percent
 * @since 0.1.0
 */
public record VprJournalStatistics(SchoolSubject subject, Grade grade, int year, VprGroupLevel level, String name,
    Optional<String> code, long participants, long lowered, BigDecimal loweredPercent, long confirmed,
    BigDecimal confirmedPercent, long raised, BigDecimal raisedPercent) {
  /** Validates: counts and percents not negative. */
  public VprJournalStatistics {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(grade, "grade");
    Checks.range(year, 2015, 2999, "ВПР year");
    Objects.requireNonNull(level, "level");
    name = Checks.text(name, "group name");
    code = Checks.optionalText(code, "group code");
    for (long n : new long[] {participants, lowered, confirmed, raised}) {
      if (n < 0) {
        throw new IllegalArgumentException("counts must not be negative, was " + n);
      }
    }
    Checks.nonNegative(loweredPercent, "percent");
    Checks.nonNegative(confirmedPercent, "percent");
    Checks.nonNegative(raisedPercent, "percent");
  }
}
