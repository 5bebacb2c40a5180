package io.github.vsoko.app;

import io.github.vsoko.analytics.management.ManagementRules;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.report.ReportOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The inputs of the management cycle (управленческий цикл: анализ — дефициты — адресные рекомендации) for one school
 * or many.
 *
 * @param schools each school's data
 * @param attestationYear the academic year whose attestation results are measured, if any
 * @param vprExports ФИС ОКО exports, matched to the schools by ФИС ОКО login
 * @param scales the ВПР mark scales
 * @param rules the rules that turn measurements into findings and draft recommendations
 * @param on the date of the findings; by default the end of each school's reporting period
 * @param reportOptions language
 * @since 0.1.0
 */
public record ManagementCycleRequest(List<SchoolData> schools, Optional<AcademicYear> attestationYear, List<Path> vprExports,
    VprScales scales, ManagementRules rules, Optional<LocalDate> on, ReportOptions reportOptions) {
  /** Validates and copies. */
  public ManagementCycleRequest {
    schools = List.copyOf(schools);
    if (schools.isEmpty()) {
      throw new IllegalArgumentException("the management cycle needs at least one school");
    }
    Objects.requireNonNull(attestationYear, "attestation year");
    vprExports = List.copyOf(vprExports);
    Objects.requireNonNull(scales, "scales");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(reportOptions, "report options");
  }

  /** The schools with the built-in rules, bundled scales, no exports, Russian. */
  public static ManagementCycleRequest of(List<SchoolData> schools) {
    return new ManagementCycleRequest(schools, Optional.empty(), List.of(), VprScales.bundled(), ManagementRules.builtIn(),
        Optional.empty(), ReportOptions.defaults());
  }
}
