package io.github.vsoko.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A report of one or more tables under a title: what the analytics commands print. */
final class TableReports {
  private TableReports() {}

  /** A table whose header is one row of texts and whose columns are equally wide. */
  static Table table(String id, String caption, List<String> header, List<Row> rows) {
    List<Integer> widths = new ArrayList<>();
    header.forEach(h -> widths.add(1));
    return new Table(id, caption, List.of(Row.of(header.toArray(String[]::new))), rows, widths);
  }

  /** A report of blocks. */
  static Report report(String kind, String title, Optional<String> subtitle, List<Block> blocks, LocalDate date,
      ReportOptions options) {
    return new Report(kind, title, subtitle, Optional.empty(), blocks, options.date().orElse(date), options.language());
  }
}
