package io.github.vsoko.cli;

import io.github.vsoko.indicators.ShareStyle;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options every document-writing command shares: formats, folder, share style, report date. */
final class ReportOutput {
  @Option(names = "--format", paramLabel = "ФОРМАТ[,ФОРМАТ…]", defaultValue = "html", split = ",",
      description = "html, md, csv, json, xlsx, docx, pdf, tsv, text; через запятую. По умолчанию: ${DEFAULT-VALUE}.")
  List<String> formats;

  @Option(names = "--out", required = true, paramLabel = "ПАПКА", description = "Папка для файлов <отчёт>.<формат>.")
  Path out;

  @Option(names = "--share-style", paramLabel = "СТИЛЬ", defaultValue = "PERSONS_SLASH_PERCENT",
      description = "Запись «человек/%%»: PERSONS_SLASH_PERCENT («312 человек / 45 %%»), COUNT_PARENS_PERCENT («312 (45 %%)»), "
          + "COUNT_SLASH_NUMBER («312/45»).")
  ShareStyle shareStyle;

  @Option(names = "--date", paramLabel = "ДД.ММ.ГГГГ", description = "Дата отчёта (по умолчанию — из данных).")
  String date;

  ReportOptions options(CommandSpec spec) {
    ReportOptions o = ReportOptions.defaults().withLanguage(VsokoCli.language(spec)).withShareStyle(shareStyle);
    return date == null ? o : o.withDate(Args.date(date, "--date", spec));
  }

  int write(CommandSpec spec, List<Report> reports) throws IOException {
    return Console.write(spec, reports, formats.stream().map(String::strip).toList(), out);
  }
}
