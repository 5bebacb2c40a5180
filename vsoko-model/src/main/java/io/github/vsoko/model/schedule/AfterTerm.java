package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * At the end of a term («по окончании четверти», «по итогам I полугодия», «в конце триместра»): due by the end of
 * the month the term ends in — of every term of the kind, or of the one named.
 *
 * @param kind quarter, trimester or half-year
 * @param number the one term named («I полугодия»); empty for every term of the kind
 * @since 0.1.0
 */
public record AfterTerm(PeriodKind kind, Optional<Integer> number) implements Schedule {
  /** Validates the schedule. */
  public AfterTerm {
    Checks.notNull(kind, "kind");
    Checks.notNull(number, "number");
    number.ifPresentOrElse(n -> new Term(kind, n), () -> new Term(kind, 1));
  }

  /** After every term of the kind. */
  public static AfterTerm each(PeriodKind kind) {
    return new AfterTerm(kind, Optional.empty());
  }

  /** After one term. */
  public static AfterTerm of(Term term) {
    return new AfterTerm(term.kind(), Optional.of(term.number()));
  }

  /** The terms whose end it follows. */
  public List<Term> terms() {
    return number.map(n -> List.of(new Term(kind, n))).orElseGet(() -> Term.all(kind));
  }

  @Override
  public List<LocalDate> dueDates(AcademicYear year) {
    return Term.lastDays(terms(), year);
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    return Term.anyEndsIn(terms(), month);
  }

  @Override
  public String format() {
    return "По окончании " + number.map(n -> new Term(kind, n).genitive()).orElse(Term.genitive(kind));
  }
}
