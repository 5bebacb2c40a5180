package io.github.vsoko.app;

import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.order1324.Order1324Sets;
import io.github.vsoko.analytics.attestation.AttestationAnalysis;
import io.github.vsoko.analytics.attestation.AttestationGroup;
import io.github.vsoko.app.internal.HistoryYears;
import io.github.vsoko.analytics.attestation.AttestationGrouping;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.analytics.gia.ExamScales;
import io.github.vsoko.analytics.gia.GiaAnalysis;
import io.github.vsoko.analytics.gia.GiaMinimums;
import io.github.vsoko.analytics.gia.GiaSubjectResult;
import io.github.vsoko.analytics.gia.MinimumPurpose;
import io.github.vsoko.analytics.management.ManagementRules;
import io.github.vsoko.analytics.management.Measurements;
import io.github.vsoko.analytics.vpr.VprAnalysis;
import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.model.management.Finding;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.VprResult;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.report.SelfAssessmentAnalyses;
import io.github.vsoko.report.SelfAssessmentReport;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * Produces a self-assessment (самообследование, orders № 462/№ 1218, № 1324): chooses the indicator set for the
 * organization's kind, evaluates it under the policies given (and on the previous year, if given), analyses the
 * annual attestation by level and class, ГИА by subject, the year's ВПР by work and class, applies the built-in
 * management-cycle rules for the conclusions, and builds the report.
 *
 * @since 0.1.0
 */
public final class SelfAssessmentWorkflow {
  private final IndicatorRegistry registry;

  /** Over the indicator sets of a registry. */
  public SelfAssessmentWorkflow(IndicatorRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * The school's annual attestation in each of the three academic years ending in {@code year - 2} … {@code year} that
   * have annual marks, in each year's classes (the history), the reporting year last.
   */
  private static List<AttestationGroup> attestationByYear(SchoolData data, int year, AttestationOptions options) {
    List<AttestationGroup> out = new java.util.ArrayList<>();
    for (int start = year - 3; start <= year - 1; start++) {
      AcademicYear academic = AcademicYear.starting(start);
      List<AttestationGroup> school = AttestationAnalysis.analyse(data, ReportingPeriod.academicYear(academic),
          AttestationGrouping.SCHOOL, options);
      school.stream().filter(g -> g.counts().base() > 0).findFirst()
          .ifPresent(g -> out.add(new AttestationGroup(academic.toString(), g.counts())));
    }
    return out;
  }

  /**
   * Runs the self-assessment.
   *
   * @throws IllegalArgumentException if no set is asked for and the organization's kind has none, or the set asked
   *     for is not registered
   */
  public SelfAssessmentOutcome run(SelfAssessmentRequest request) {
    IndicatorSet set = Order1324Sets.resolve(registry, request.setId(), request.data().organization().kind());
    EvaluationOptions evaluation = EvaluationOptions.defaults().withPolicies(request.policies());
    SchoolData data = request.data();
    EvaluationResult result = IndicatorEvaluator.evaluate(set, data, evaluation);
    Optional<EvaluationResult> previous = request.previousYear().map(p -> IndicatorEvaluator.evaluate(set, p, evaluation));
    int year = data.period().end().getYear();
    // without a previous year's document, the previous year from this document's class history, when it holds that year
    boolean fromHistory = previous.isEmpty() && HistoryYears.holds(data, year - 1);
    if (fromHistory) {
      previous = HistoryYears.evaluate(set, data, year - 1, evaluation);
    }

    // attestation: the annual marks of the academic year that ends in the reporting year
    ReportingPeriod annual = ReportingPeriod.academicYear(AcademicYear.starting(year - 1));
    AttestationOptions attestation = AttestationOptions.defaults();
    List<AttestationGroup> byLevel = AttestationAnalysis.analyse(data, annual, AttestationGrouping.LEVEL, attestation);
    List<AttestationGroup> byClass = AttestationAnalysis.analyse(data, annual, AttestationGrouping.CLASS, attestation);
    List<GiaSubjectResult> gia = GiaAnalysis.analyse(data, year, GiaMinimums.bundled(), MinimumPurpose.CERTIFICATE,
        ExamScales.bundled());
    Optional<VprAnalysisResult> vpr = Optional.empty();
    List<VprResult> written = data.vpr().stream().filter(v -> v.year() == year).toList();
    if (!written.isEmpty()) {
      VprAnalysis analysis = new VprAnalysis(VprScales.bundled(), false);
      written.forEach(v -> analysis.accept(data.organization().shortName(), v));
      vpr = Optional.of(analysis.result());
    }

    // conclusions: what the management-cycle rules find in the same measurements
    Measurements m = Measurements.of(data.organization().id(), data.organization().shortName()).withIndicators(result);
    if (!byLevel.isEmpty()) {
      m = m.withAttestation(AttestationAnalysis.total(byLevel), attestation);
    }
    if (vpr.isPresent()) {
      m = m.withVpr(vpr.get().schools());
    }
    List<Finding> findings = ManagementRules.builtIn().apply(m, data.period().end()).findings();

    SelfAssessmentAnalyses analyses = new SelfAssessmentAnalyses(byLevel.isEmpty() ? Optional.empty()
        : Optional.of(annual.academicYear() + " учебный год"), byLevel, byClass, attestation, gia, vpr, findings, previous,
        request.participants(), attestationByYear(data, year, attestation), fromHistory);
    return new SelfAssessmentOutcome(set, result, SelfAssessmentReport.build(data, result, request.plan(), analyses,
        request.reportOptions().withRegistry(registry)));
  }
}
