package io.github.vsoko.io;

import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Options of a ВПР import. Subject, grade and year given here win; otherwise they come from the
 * file's own metadata, then its name, then its folders («2021/4/…»); if still unknown, the import
 * fails asking for them.
 *
 * @param subject the subject, if the caller knows it
 * @param grade the grade, if the caller knows it
 * @param year the year, if the caller knows it
 * @param mode lenient (default: good rows imported, problems returned) or strict
 * @param charset the encoding of a CSV file, if detection should be overridden
 * @since 0.1.0
 */
public record VprImportOptions(
    Optional<SchoolSubject> subject, Optional<Grade> grade, OptionalInt year, ImportMode mode, Optional<Charset> charset) {

  /** Validates the options. */
  public VprImportOptions {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(charset, "charset");
  }

  /** Everything from the file, lenient. */
  public static VprImportOptions defaults() {
    return new VprImportOptions(Optional.empty(), Optional.empty(), OptionalInt.empty(), ImportMode.LENIENT, Optional.empty());
  }

  /** A copy with the subject, grade and year given. */
  public VprImportOptions of(SchoolSubject s, Grade g, int y) {
    return new VprImportOptions(Optional.of(s), Optional.of(g), OptionalInt.of(y), mode, charset);
  }

  /** A copy in another mode. */
  public VprImportOptions withMode(ImportMode value) {
    return new VprImportOptions(subject, grade, year, value, charset);
  }

  /** A copy reading CSV in a given encoding. */
  public VprImportOptions withCharset(Charset value) {
    return new VprImportOptions(subject, grade, year, mode, Optional.of(value));
  }
}
