package io.github.vsoko.app;

import io.github.vsoko.analytics.effectiveness.EffectivenessSheet;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.report.ReportOptions;
import java.util.List;
import java.util.Objects;

/**
 * What the effectiveness sheet (оценочный лист эффективности функционирования ВСОКО) is filled for.
 *
 * @param schools one school, or many to compare
 * @param year the academic year of the sheet
 * @param recommendations addressed recommendations issued to the schools
 * @param sheet the sheet (built-in or a region's own)
 * @param reportOptions language and the report's date (by default the end of the academic year)
 * @since 0.1.0
 */
public record EffectivenessSheetRequest(List<SheetSchool> schools, AcademicYear year, List<Recommendation> recommendations,
    EffectivenessSheet sheet, ReportOptions reportOptions) {
  /** Validates and copies. */
  public EffectivenessSheetRequest {
    schools = List.copyOf(schools);
    if (schools.isEmpty()) {
      throw new IllegalArgumentException("an effectiveness sheet needs at least one school");
    }
    Objects.requireNonNull(year, "year");
    recommendations = List.copyOf(recommendations);
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(reportOptions, "report options");
  }
}
