package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of the ФИС ОКО report «Статистика по отметкам» (Ф3) of a ВПР work: a group of participants (Russia, the
 * region, a municipality, a school) with its number of participants and the shares of the marks «2»–«5» in per cent,
 * as printed — the baseline a school's results are compared with.
 *
 * @param subject the subject
 * @param grade the grade of the work
 * @param year the year of the work
 * @param level the level of the group
 * @param name the group's name as printed, without the code
 * @param code the municipality's code or the school's ФИС ОКО login, when printed («(sch240012)»)
 * @param schools the number of schools, when printed (empty for a school row)
 * @param participants the number of participants
 * @param percents the shares of «2», «3», «4», «5» in per cent, in that order
 * @since 0.1.0
 */
public record VprMarkStatistics(SchoolSubject subject, Grade grade, int year, VprGroupLevel level, String name,
    Optional<String> code, OptionalInt schools, long participants, List<BigDecimal> percents) {
  /** Validates: four non-negative percents, participants not negative. */
  public VprMarkStatistics {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(grade, "grade");
    Checks.range(year, 2015, 2999, "ВПР year");
    Objects.requireNonNull(level, "level");
    name = Checks.text(name, "group name");
    code = Checks.optionalText(code, "group code");
    Objects.requireNonNull(schools, "schools");
    if (participants < 0) {
      throw new IllegalArgumentException("participants must not be negative, was " + participants);
    }
    percents = List.copyOf(percents);
    if (percents.size() != 4) {
      throw new IllegalArgumentException("four percents («2»–«5») expected, got " + percents.size());
    }
    percents.forEach(p -> Checks.nonNegative(p, "percent"));
  }

  /** The share of a mark 2–5 in per cent. */
  public BigDecimal percent(int mark) {
    if (mark < 2 || mark > 5) {
      throw new IllegalArgumentException("mark 2–5 expected, was " + mark);
    }
    return percents.get(mark - 2);
  }
}
