package io.github.vsoko.report;

import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.model.fixtures.Seed002;
import io.github.vsoko.model.fixtures.Seed004;
import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.util.Optional;

/** The reports the tests render: built from the small school and the seed documents. */
final class Reports {
  private Reports() {}

  static final LocalDate ON = LocalDate.of(2025, 1, 20);

  static EvaluationResult indicators() {
    return IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("order1324.general"), SmallSchool.data());
  }

  static Report selfAssessment() {
    return SelfAssessmentReport.build(SmallSchool.data(), indicators(), Optional.of(Seed004.plan()), ReportOptions.defaults());
  }

  static Report plan() {
    return PlanReport.build(Seed004.plan(), ReportOptions.defaults());
  }

  static Report cyclogram() {
    return CyclogramReport.build(Seed004.plan(), Optional.of(ON), ReportOptions.defaults());
  }

  static Report roadMap() {
    return RoadMapReport.build(Seed004.roadMap(), Optional.of(ON), ReportOptions.defaults());
  }

  static Report recommendations() {
    return RecommendationsReport.build("Адресные рекомендации по итогам мониторинга", Seed002.recommendations(),
        AcademicYear.starting(2024), Optional.of(ON), ReportOptions.defaults());
  }

  static Report byKind(String kind) {
    return switch (kind) {
      case "self-assessment" -> selfAssessment();
      case "plan" -> plan();
      case "cyclogram" -> cyclogram();
      case "roadmap" -> roadMap();
      case "recommendations" -> recommendations();
      default -> throw new IllegalArgumentException(kind);
    };
  }
}
