package io.github.vsoko.report;

import io.github.vsoko.indicators.ShareStyle;
import io.github.vsoko.indicators.ValueFormat;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of the report builders.
 *
 * @param language the language of headings and fixed labels (official wording stays Russian)
 * @param valueFormat how indicator values are printed (share style «312 человек / 45 %», decimals…)
 * @param date the report's date; by default the builders use a date from the data (the end of the
 *     reporting period, the plan's year), never today, so the same input gives the same output
 * @param headPosition the head's position for the «УТВЕРЖДАЮ» block
 * @since 0.1.0
 */
public record ReportOptions(Language language, ValueFormat valueFormat, Optional<LocalDate> date, String headPosition) {
  /** Validates. */
  public ReportOptions {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(valueFormat, "value format");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(headPosition, "head position");
  }

  /** Russian, default value format, the date from the data, «Директор». */
  public static ReportOptions defaults() {
    return new ReportOptions(Language.RU, ValueFormat.defaults(), Optional.empty(), "Директор");
  }

  /** A copy in another language. */
  public ReportOptions withLanguage(Language value) {
    return new ReportOptions(value, valueFormat, date, headPosition);
  }

  /** A copy printing shares in another style. */
  public ReportOptions withShareStyle(ShareStyle style) {
    return new ReportOptions(language, valueFormat.withShareStyle(style), date, headPosition);
  }

  /** A copy with a fixed report date. */
  public ReportOptions withDate(LocalDate value) {
    return new ReportOptions(language, valueFormat, Optional.of(value), headPosition);
  }

  /** A copy with another head position («Заведующий»). */
  public ReportOptions withHeadPosition(String value) {
    return new ReportOptions(language, valueFormat, date, value);
  }
}
