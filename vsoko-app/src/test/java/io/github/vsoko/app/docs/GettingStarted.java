package io.github.vsoko.app.docs;

import io.github.vsoko.app.InputOptions;
import io.github.vsoko.app.ReportFiles;
import io.github.vsoko.app.SchoolInputs;
import io.github.vsoko.app.SelfAssessmentOutcome;
import io.github.vsoko.app.SelfAssessmentRequest;
import io.github.vsoko.app.SelfAssessmentWorkflow;
import io.github.vsoko.app.VprStudy;
import io.github.vsoko.app.VprStudyOptions;
import io.github.vsoko.app.VprStudyOutcome;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.ValueFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/** The embedding examples of docs/getting-started.md, compiled and run by {@code GettingStartedDocsTest}. */
public final class GettingStarted {
  private GettingStarted() {}

  /** What the self-assessment example gives: the value of 1.5 and the files written. */
  public record Package(String quality, List<Path> files) {}

  // example: self-assessment
  static Package selfAssessment(Path data, Path out) throws IOException {
    var school = SchoolInputs.load(List.of(data), InputOptions.defaults(Clock.systemDefaultZone())).data(); // JSON, XLSX/CSV, ВПР
    SelfAssessmentOutcome outcome = new SelfAssessmentWorkflow(IndicatorRegistry.discover())
        .run(SelfAssessmentRequest.of(school));                                      // приказ № 1324 for the organization's kind
    String quality = ValueFormat.defaults().format(outcome.evaluation().value("1.5").orElseThrow()); // «228 человек / 33 %»
    List<Path> files = ReportFiles.discover().write(List.of(outcome.report()), List.of("html", "docx", "pdf"), out);
    return new Package(quality, files);
  }
  // end example

  // example: vpr-study
  static VprStudyOutcome vprStudy(Path folder, Path out) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> exports = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList(); // ФИС ОКО exports, any layout
      VprStudyOutcome study = new VprStudy().run(exports, VprStudyOptions.defaults());          // parallel, streaming, merged
      ReportFiles.discover().write(List.of(study.report()), List.of("json", "html"), out);     // vpr.json: the fixed schema
      return study;
    }
  }
  // end example
}
