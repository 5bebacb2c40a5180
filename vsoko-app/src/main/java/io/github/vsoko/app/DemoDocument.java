package io.github.vsoko.app;

import io.github.vsoko.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * A document of the demo package and the formats it is written in.
 *
 * @param report the report
 * @param formats the formats, in the order the index lists them
 * @since 0.1.0
 */
public record DemoDocument(Report report, List<String> formats) {
  /** Validates and copies. */
  public DemoDocument {
    Objects.requireNonNull(report, "report");
    formats = List.copyOf(formats);
  }
}
