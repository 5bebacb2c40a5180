package io.github.vsoko.app;

import io.github.vsoko.analytics.effectiveness.SheetResult;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The demo package: every document with its formats, and the index page that links them.
 *
 * @param indicators the order № 1324 values of the demo school
 * @param vpr the ВПР study of its records
 * @param sheet its effectiveness sheet
 * @param documents the documents in order
 * @param index the index (kind {@code index}, written as HTML)
 * @since 0.1.0
 */
public record DemoOutcome(EvaluationResult indicators, VprStudyOutcome vpr, SheetResult sheet, List<DemoDocument> documents,
    Report index) {
  /** Validates and copies. */
  public DemoOutcome {
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(vpr, "vpr");
    Objects.requireNonNull(sheet, "sheet");
    documents = List.copyOf(documents);
    Objects.requireNonNull(index, "index");
  }

  /** Writes every document in its formats and then {@code index.html} into {@code dir}; returns the files in order. */
  public List<Path> write(ReportFiles files, Path dir) throws IOException {
    // one set, rendered on all cores and moved in when complete
    List<java.util.Map.Entry<io.github.vsoko.report.Report, String>> renditions = new ArrayList<>();
    for (DemoDocument d : documents) {
      d.formats().forEach(f -> renditions.add(java.util.Map.entry(d.report(), f.strip())));
    }
    renditions.add(java.util.Map.entry(index, "html"));
    return files.write(renditions, dir);
  }
}
