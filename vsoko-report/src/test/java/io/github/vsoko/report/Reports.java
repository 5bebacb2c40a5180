package io.github.vsoko.report;

import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.model.fixtures.Recommendations2024;
import io.github.vsoko.model.fixtures.School29Regulation;
import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.util.Optional;

/** The reports the tests render: built from the small school and the source documents. */
final class Reports {
  private Reports() {}

  static final LocalDate ON = LocalDate.of(2025, 1, 20);

  static EvaluationResult indicators() {
    return IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("order1324.general"), SmallSchool.data());
  }

  static Report selfAssessment() {
    return SelfAssessmentReport.build(SmallSchool.data(), indicators(), Optional.of(School29Regulation.plan()), ReportOptions.defaults());
  }

  static Report plan() {
    return PlanReport.build(School29Regulation.plan(), ReportOptions.defaults());
  }

  static Report cyclogram() {
    return CyclogramReport.build(School29Regulation.plan(), Optional.of(ON), ReportOptions.defaults());
  }

  static Report roadMap() {
    return RoadMapReport.build(School29Regulation.roadMap(), Optional.of(ON), ReportOptions.defaults());
  }

  static Report recommendations() {
    return RecommendationsReport.build("Адресные рекомендации по итогам мониторинга", Recommendations2024.recommendations(),
        AcademicYear.starting(2024), Optional.of(ON), ReportOptions.defaults());
  }

  /** A small ВПР analysis by hand: two schools, a negative correlation in one, distributions with tasks. */
  static Report vpr() {
    io.github.vsoko.analytics.vpr.VprScales scales = io.github.vsoko.analytics.vpr.VprScales.forAll(
        new io.github.vsoko.analytics.vpr.VprScale(6, 10, 15, java.util.OptionalInt.of(20)));
    io.github.vsoko.analytics.vpr.VprAnalysis analysis = new io.github.vsoko.analytics.vpr.VprAnalysis(scales, true);
    io.github.vsoko.analytics.vpr.VprDistributions distributions = new io.github.vsoko.analytics.vpr.VprDistributions(scales);
    int[][] rows = {{5, 3}, {4, 8}, {3, 14}, {2, 19}, {4, 11}, {5, 16}, {3, 7}, {4, 12}};
    for (int i = 0; i < rows.length; i++) {
      int score = rows[i][1];
      var r = new io.github.vsoko.model.school.VprResult("p" + i, i < 4 ? "sch1" : "sch2",
          java.util.Optional.of(io.github.vsoko.model.school.ClassName.parse(i % 2 == 0 ? "4А" : "4Б")),
          io.github.vsoko.model.school.SchoolSubject.MATHEMATICS, io.github.vsoko.model.school.Grade.of(4), 2024,
          java.util.Optional.of("1"), false, java.util.List.of(
              new io.github.vsoko.model.school.TaskScore("1", java.util.OptionalInt.of(score % 2), java.util.OptionalInt.of(1)),
              new io.github.vsoko.model.school.TaskScore("2", java.util.OptionalInt.of(score - score % 2), java.util.OptionalInt.of(19))),
          java.util.OptionalInt.of(score), java.util.Optional.empty(),
          java.util.Optional.of(io.github.vsoko.model.school.MarkValue.of(rows[i][0])));
      analysis.accept("vpr.xlsx", r);
      distributions.accept(r);
    }
    // task 2 of the work is advanced: judged against 30 % / 28.5 %
    io.github.vsoko.analytics.vpr.VprTaskLevels levels = io.github.vsoko.analytics.vpr.VprTaskLevels.none().with(
        new io.github.vsoko.analytics.vpr.VprWork(io.github.vsoko.model.school.SchoolSubject.MATHEMATICS,
            io.github.vsoko.model.school.Grade.of(4), 2024), "2", io.github.vsoko.analytics.vpr.TaskLevel.ADVANCED);
    return VprReport.build(analysis.result(), distributions.result(), levels, "Анализ результатов ВПР", LocalDate.of(2024, 12, 31),
        ReportOptions.defaults());
  }

  static Report byKind(String kind) {
    return switch (kind) {
      case "self-assessment" -> selfAssessment();
      case "plan" -> plan();
      case "cyclogram" -> cyclogram();
      case "roadmap" -> roadMap();
      case "recommendations" -> recommendations();
      case "vpr" -> vpr();
      default -> throw new IllegalArgumentException(kind);
    };
  }
}
