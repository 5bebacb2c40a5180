package io.github.vsoko.app;

import io.github.vsoko.analytics.attestation.AttestationAnalysis;
import io.github.vsoko.analytics.attestation.AttestationGrouping;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.analytics.management.ManagementOutcome;
import io.github.vsoko.analytics.management.Measurements;
import io.github.vsoko.analytics.vpr.VprAnalysis;
import io.github.vsoko.analytics.vpr.VprSchoolResult;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.order1324.Order1324Sets;
import io.github.vsoko.io.VprImport;
import io.github.vsoko.io.VprImportOptions;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.report.ManagementReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The management cycle over one school or a municipality's schools: measures each school (order № 1324 indicators,
 * attestation results — of the year asked, else the last year of its marks —, ВПР against journal marks from the
 * exports given or, for a school no export names, from its own ВПР records), applies the rules, and returns findings and draft addressed
 * recommendations, most at risk first.
 *
 * @since 0.1.0
 */
public final class ManagementCycleWorkflow {
  private final IndicatorRegistry registry;

  /** Over the indicator sets of a registry. */
  public ManagementCycleWorkflow(IndicatorRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** Runs it. */
  public ManagementCycleOutcome run(ManagementCycleRequest request) throws IOException {
    List<Measurements> measurements = measure(request);
    LocalDate on = request.on().orElseGet(() -> request.schools().stream().map(s -> s.period().end())
        .max(Comparator.naturalOrder()).orElseThrow());
    List<ManagementOutcome> outcomes = request.rules().applyAll(measurements, on);
    List<Recommendation> recommendations = outcomes.stream().flatMap(o -> o.recommendations().stream()).toList();
    return new ManagementCycleOutcome(measurements, outcomes, recommendations,
        ManagementReport.build(outcomes, on, request.reportOptions()));
  }

  /**
   * Measures every school of the request as the cycle does (its rules aside): what the rules and a follow-up a year
   * later look at.
   */
  public List<Measurements> measure(ManagementCycleRequest request) throws IOException {
    Map<String, List<VprSchoolResult>> exported = vprBySchool(request);
    List<Measurements> measurements = new ArrayList<>();
    for (SchoolData school : request.schools()) {
      measurements.add(measure(school, request, exported));
    }
    return measurements;
  }

  private Measurements measure(SchoolData school, ManagementCycleRequest request, Map<String, List<VprSchoolResult>> exported) {
    EvaluationResult indicators = IndicatorEvaluator.evaluate(
        Order1324Sets.resolve(registry, Optional.empty(), school.organization().kind()), school);
    Measurements m = Measurements.of(school.organization().id(), school.organization().shortName()).withIndicators(indicators);
    Optional<io.github.vsoko.model.time.AcademicYear> year = request.attestationYear().or(() -> lastAttestedYear(school));
    if (year.isPresent()) {
      m = m.withAttestation(AttestationAnalysis.total(AttestationAnalysis.analyse(school,
          ReportingPeriod.academicYear(year.get()), AttestationGrouping.SCHOOL, AttestationOptions.defaults())),
          AttestationOptions.defaults());
    }
    List<VprSchoolResult> vpr = school.organization().fisOkoLogin().map(exported::get).orElse(List.of());
    if (vpr.isEmpty() && !school.vpr().isEmpty()) { // the school's own ВПР records, when no export names it
      VprAnalysis analysis = new VprAnalysis(request.scales(), false);
      school.vpr().forEach(r -> analysis.accept(school.organization().id(), r));
      vpr = analysis.result().schools();
    }
    return m.withVpr(vpr);
  }

  /**
   * The last academic year of the school's data with attestation marks, ending within its period — the year the
   * cycle looks at when none is asked.
   */
  private static Optional<io.github.vsoko.model.time.AcademicYear> lastAttestedYear(SchoolData school) {
    LocalDate end = school.period().end();
    return school.marks().stream().map(mark -> io.github.vsoko.model.time.AcademicYear.of(mark.period().end()))
        .filter(y -> !y.end().isAfter(end)).max(Comparator.naturalOrder());
  }

  /** Each school's ВПР results over every export and work given, by ФИС ОКО login. */
  private static Map<String, List<VprSchoolResult>> vprBySchool(ManagementCycleRequest request) throws IOException {
    Map<String, List<VprSchoolResult>> out = new TreeMap<>();
    if (request.vprExports().isEmpty()) {
      return out;
    }
    VprAnalysis analysis = new VprAnalysis(request.scales(), false);
    for (Path file : request.vprExports()) {
      VprImport.forEach(file, VprImportOptions.defaults(), r -> analysis.accept("all", r));
    }
    for (VprSchoolResult s : analysis.result().schools()) {
      out.computeIfAbsent(s.school(), k -> new ArrayList<>()).add(s);
    }
    return out;
  }
}
