package io.github.vsoko.app;

import io.github.vsoko.io.ImportMode;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How {@link SchoolInputs} reads an organization's files.
 *
 * @param subject the subject of ВПР exports that do not name it
 * @param grade the grade of ВПР exports that do not name it
 * @param year the reporting calendar year, if given
 * @param mode strict (any problem fails) or lenient (problems are reported, good rows kept)
 * @param clock the clock that gives the year when neither the option nor the files give one
 * @param pseudonyms the key that turns names in РЦОИ protocols and СГО exports into ids, if given
 * @since 0.1.0
 */
public record InputOptions(Optional<SchoolSubject> subject, Optional<Grade> grade, OptionalInt year, ImportMode mode,
    Clock clock, Optional<io.github.vsoko.io.Pseudonyms> pseudonyms) {
  /** Without a pseudonymisation key. */
  public InputOptions(Optional<SchoolSubject> subject, Optional<Grade> grade, OptionalInt year, ImportMode mode, Clock clock) {
    this(subject, grade, year, mode, clock, Optional.empty());
  }

  /** A copy with the pseudonymisation key. */
  public InputOptions withPseudonyms(io.github.vsoko.io.Pseudonyms value) {
    return new InputOptions(subject, grade, year, mode, clock, Optional.of(value));
  }

  /** Validates. */
  public InputOptions {
    Objects.requireNonNull(pseudonyms, "pseudonyms");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(clock, "clock");
  }

  /** Lenient, nothing assumed, the year from the files or else from the clock. */
  public static InputOptions defaults(Clock clock) {
    return new InputOptions(Optional.empty(), Optional.empty(), OptionalInt.empty(), ImportMode.LENIENT, clock);
  }

  /** A copy with a reporting year. */
  public InputOptions withYear(int value) {
    return new InputOptions(subject, grade, OptionalInt.of(value), mode, clock);
  }

  /** A copy in another mode. */
  public InputOptions withMode(ImportMode value) {
    return new InputOptions(subject, grade, year, value, clock);
  }
}
