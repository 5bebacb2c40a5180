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
 * @param approval the head's name, the approving order and the council's protocol for the title page
 * @since 0.1.0
 */
public record ReportOptions(Language language, ValueFormat valueFormat, Optional<LocalDate> date, String headPosition,
    Optional<IndicatorRegistry> registry, ApprovalDetails approval) {
  /** Validates. */
  public ReportOptions {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(valueFormat, "value format");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(headPosition, "head position");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(approval, "approval");
  }

  /** Options with every title-page detail left blank. */
  public ReportOptions(Language language, ValueFormat valueFormat, Optional<LocalDate> date, String headPosition,
      Optional<IndicatorRegistry> registry) {
    this(language, valueFormat, date, headPosition, registry, ApprovalDetails.none());
  }

  /** A copy with the title page's details. */
  public ReportOptions withApproval(ApprovalDetails value) {
    return new ReportOptions(language, valueFormat, date, headPosition, registry, value);
  }

  /** Options that look indicator titles up among the providers on the class path. */
  public ReportOptions(Language language, ValueFormat valueFormat, Optional<LocalDate> date, String headPosition) {
    this(language, valueFormat, date, headPosition, Optional.empty(), ApprovalDetails.none());
  }

  /** A copy that looks indicator titles up in a registry (a vendor's sets included). */
  public ReportOptions withRegistry(IndicatorRegistry value) {
    return new ReportOptions(language, valueFormat, date, headPosition, Optional.of(value), approval);
  }

  /** Russian, default value format, the date from the data, «Директор». */
  public static ReportOptions defaults() {
    return new ReportOptions(Language.RU, ValueFormat.defaults(), Optional.empty(), "Директор");
  }

  /** A copy in another language. */
  public ReportOptions withLanguage(Language value) {
    return new ReportOptions(value, valueFormat, date, headPosition, registry, approval);
  }

  /** A copy printing shares in another style. */
  public ReportOptions withShareStyle(ShareStyle style) {
    return new ReportOptions(language, valueFormat.withShareStyle(style), date, headPosition, registry, approval);
  }

  /** A copy with a fixed report date. */
  public ReportOptions withDate(LocalDate value) {
    return new ReportOptions(language, valueFormat, Optional.of(value), headPosition, registry, approval);
  }

  /** A copy with another head position («Заведующий»). */
  public ReportOptions withHeadPosition(String value) {
    return new ReportOptions(language, valueFormat, date, value, registry, approval);
  }
}
