package io.github.vsoko.report;

import io.github.vsoko.indicators.IndicatorRegistry;
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
 * @param registry where indicator titles are looked up for plans that name indicators by id; without one, the
 *     providers on the class path
 * @since 0.1.0
 */
public record ReportOptions(Language language, ValueFormat valueFormat, Optional<LocalDate> date, String headPosition,
    Optional<IndicatorRegistry> registry) {
  /** Validates. */
  public ReportOptions {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(valueFormat, "value format");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(headPosition, "head position");
    Objects.requireNonNull(registry, "registry");
  }

  /** Options that look indicator titles up among the providers on the class path. */
  public ReportOptions(Language language, ValueFormat valueFormat, Optional<LocalDate> date, String headPosition) {
    this(language, valueFormat, date, headPosition, Optional.empty());
  }

  /** A copy that looks indicator titles up in a registry (a vendor's sets included). */
  public ReportOptions withRegistry(IndicatorRegistry value) {
    return new ReportOptions(language, valueFormat, date, headPosition, Optional.of(value));
  }

  /** Russian, default value format, the date from the data, «Директор». */
  public static ReportOptions defaults() {
    return new ReportOptions(Language.RU, ValueFormat.defaults(), Optional.empty(), "Директор");
  }

  /** A copy in another language. */
  public ReportOptions withLanguage(Language value) {
    return new ReportOptions(value, valueFormat, date, headPosition, registry);
  }

  /** A copy printing shares in another style. */
  public ReportOptions withShareStyle(ShareStyle style) {
    return new ReportOptions(language, valueFormat.withShareStyle(style), date, headPosition, registry);
  }

  /** A copy with a fixed report date. */
  public ReportOptions withDate(LocalDate value) {
    return new ReportOptions(language, valueFormat, Optional.of(value), headPosition, registry);
  }

  /** A copy with another head position («Заведующий»). */
  public ReportOptions withHeadPosition(String value) {
    return new ReportOptions(language, valueFormat, date, value, registry);
  }
}
