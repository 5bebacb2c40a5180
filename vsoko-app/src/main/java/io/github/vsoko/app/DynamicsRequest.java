package io.github.vsoko.app;

import io.github.vsoko.indicators.Policies;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.report.ReportOptions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the dynamics of indicators (динамика показателей) is computed from: one organization's documents, one per
 * calendar year.
 *
 * @param documents the organization's data, one document per reporting year (same organization id)
 * @param years the years to show, in order; empty for every year from the first document to the last (a year between
 *     them without a document is a gap)
 * @param codes the indicator codes to show; empty for every indicator of the set
 * @param setId the indicator set; by default order № 1324's for the organization's kind
 * @param policies how ambiguous rows of the order are read
 * @param reportOptions language and date
 * @since 0.1.0
 */
public record DynamicsRequest(List<SchoolData> documents, List<Integer> years, List<String> codes, Optional<String> setId,
    Policies policies, ReportOptions reportOptions) {
  /** Validates and copies. */
  public DynamicsRequest {
    documents = List.copyOf(documents);
    years = List.copyOf(years);
    codes = List.copyOf(codes);
    Objects.requireNonNull(setId, "set id");
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(reportOptions, "report options");
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("нет ни одного документа с данными");
    }
  }

  /** The documents with every default: all their years, every indicator, order № 1324's set, Russian. */
  public static DynamicsRequest of(List<SchoolData> documents) {
    return new DynamicsRequest(documents, List.of(), List.of(), Optional.empty(), Policies.defaults(), ReportOptions.defaults());
  }
}
