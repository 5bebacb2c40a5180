package io.github.vsoko.io;

import io.github.vsoko.indicators.IndicatorDefinition;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.model.time.AcademicYear;
import java.util.List;
import java.util.Objects;

/**
 * Options of a plan or road-map import.
 *
 * @param organizationId the organization the plan belongs to
 * @param year the academic year of a plan (the first year of a road map)
 * @param indicators definitions whose exact wording in a criterion or indicator cell links the row to them by id
 * @param mode lenient (default) or strict
 * @since 0.1.0
 */
public record PlanImportOptions(String organizationId, AcademicYear year, List<IndicatorDefinition> indicators, ImportMode mode) {
  /** Validates and copies. */
  public PlanImportOptions {
    Objects.requireNonNull(organizationId, "organization id");
    Objects.requireNonNull(year, "year");
    indicators = List.copyOf(indicators);
    Objects.requireNonNull(mode, "mode");
  }

  /** Lenient, linking to every indicator of the discovered registry. */
  public static PlanImportOptions of(String organizationId, AcademicYear year) {
    List<IndicatorDefinition> all = IndicatorRegistry.discover().sets().stream()
        .flatMap(s -> s.definitions().stream()).filter(d -> !d.isHeading()).toList();
    return new PlanImportOptions(organizationId, year, all, ImportMode.LENIENT);
  }

  /** A copy in another mode. */
  public PlanImportOptions withMode(ImportMode value) {
    return new PlanImportOptions(organizationId, year, indicators, value);
  }
}
