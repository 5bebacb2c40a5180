package io.github.vsoko.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report (отчёт) as a document tree that report builders produce and format renderers consume.
 *
 * @param kind what report it is, also the output file name («self-assessment», «plan», «roadmap»)
 * @param title the title («Отчёт о результатах самообследования …»)
 * @param subtitle a line under the title (organization, year), if any
 * @param approval the «УТВЕРЖДАЮ» block, if any
 * @param blocks the content in order
 * @param date the report's date; renderers use it for every date they write (metadata included), so
 *     output is reproducible
 * @param language the language of fixed labels
 * @param data machine-readable data in a fixed schema, if the report carries any; the JSON renderer
 *     writes it instead of the document tree
 * @since 0.1.0
 */
public record Report(
    String kind, String title, Optional<String> subtitle, Optional<Approval> approval, List<Block> blocks, LocalDate date,
    Language language, Optional<ReportData> data) {
  /** Validates and copies. */
  public Report {
    Objects.requireNonNull(kind, "kind");
    if (!kind.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("report kind must be lower-case latin words joined by «-», was «" + kind + "»");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    Objects.requireNonNull(approval, "approval");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(data, "data");
  }

  /** A report without machine-readable data. */
  public Report(String kind, String title, Optional<String> subtitle, Optional<Approval> approval, List<Block> blocks,
      LocalDate date, Language language) {
    this(kind, title, subtitle, approval, blocks, date, language, Optional.empty());
  }

  /** The same report carrying machine-readable data. */
  public Report withData(ReportData value) {
    return new Report(kind, title, subtitle, approval, blocks, date, language, Optional.of(value));
  }

  /** The tables of the report, in order (what CSV, JSON and XLSX renderers write). */
  public List<Table> tables() {
    return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
  }

  /** The same report with blocks added at its end (notes, warnings), its data kept. */
  public Report withBlocksAppended(List<Block> more) {
    List<Block> all = new java.util.ArrayList<>(blocks);
    all.addAll(more);
    return new Report(kind, title, subtitle, approval, all, date, language, data);
  }

  /** The same report under another kind (it names the file: «effectiveness-sheet-sch1.html»). */
  public Report withKind(String other) {
    return new Report(other, title, subtitle, approval, blocks, date, language, data);
  }
}
