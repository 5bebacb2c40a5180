package io.github.vsoko.cli.docs;

import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.ValueFormat;
import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportOptions;
import io.github.vsoko.report.ReportRenderers;
import io.github.vsoko.report.SelfAssessmentReport;
import java.io.IOException;
import java.nio.file.Path;

/** The embedding example of docs/getting-started.md, compiled and run by {@code GettingStartedDocsTest}. */
public final class GettingStarted {
  private GettingStarted() {}

  /** What the example computes: the value of 1.5 and the report's file. */
  public record Result(String quality, Path html) {}

  // example: embed
  static Result selfAssessment(Path data, Path out) throws IOException {
    SchoolData school = CanonicalJson.read(data);                                      // vsoko/1 JSON; XLSX/CSV: SchoolTablesImport
    IndicatorSet set = IndicatorRegistry.discover().requireSet("order1324.general");  // приказ № 1324, приложение 2
    EvaluationResult indicators = IndicatorEvaluator.evaluate(set, school);
    String quality = ValueFormat.defaults().format(indicators.value("1.5").orElseThrow()); // «228 человек / 33 %»
    Report report = SelfAssessmentReport.build(school, indicators, ReportOptions.defaults());
    Path html = ReportRenderers.discover().write(report, "html", out);                // also md, csv, json, xlsx, docx, pdf
    return new Result(quality, html);
  }
  // end example
}
