package io.github.vsoko.indicators;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Indicator sets written as YAML or JSON (декларативные показатели): counts and shares of records of
 * the school data chosen by field filters, with no Java. See {@code docs/sdk.md} for the format.
 *
 * <pre>{@code
 * set: acme.region
 * version: "1"
 * title: Региональные показатели
 * source: {document: Приказ министерства образования № 1, edition: "2025"}
 * indicators:
 *   - code: "1.1"
 *     title: Численность/удельный вес учащихся с ОВЗ
 *     unit: человек/%
 *     numerator: {records: students, where: {flags: SPECIAL_NEEDS}}
 *     denominator: {records: students}
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DeclarativeIndicators {
  private DeclarativeIndicators() {}

  /**
   * Loads a set from a reader; {@code name} is used in error locations.
   *
   * @throws io.github.vsoko.model.problem.ProblemException listing every problem with its line and column
   */
  public static IndicatorSet load(String name, Reader reader) {
    return DeclarativeLoader.load(name, reader);
  }

  /**
   * Loads a set from a UTF-8 file.
   *
   * @throws io.github.vsoko.model.problem.ProblemException listing every problem with its line and column
   * @throws IOException if the file cannot be read
   */
  public static IndicatorSet load(Path file) throws IOException {
    if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
      throw new io.github.vsoko.model.problem.ProblemException(List.of(io.github.vsoko.model.problem.Problem.ofFile(
          file.toString(), "файл слишком большой (" + (Files.size(file) >> 20) + " МБ): набор показателей не больше "
              + (MAX_BYTES >> 20) + " МБ")));
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(file.toString(), reader);
    }
  }

  /** The largest set file read. */
  private static final long MAX_BYTES = 32L << 20;
}
