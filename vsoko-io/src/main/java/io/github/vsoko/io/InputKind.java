package io.github.vsoko.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of input a file is, judged by its name and, for workbooks, its sheet names.
 *
 * @since 0.1.0
 */
public enum InputKind {
  /** A canonical {@code vsoko/1} JSON document. */
  CANONICAL_JSON,
  /** A canonical {@code vsoko/1} YAML document (what {@code import --out x.yaml} writes). */
  CANONICAL_YAML,
  /** School tables ({@link SchoolTable}). */
  SCHOOL_TABLES,
  /** A ВПР results export. */
  VPR,
  /** A ФИС ОКО statistics report of a ВПР work (Ф3, the journal comparison): aggregates, not school records. */
  VPR_STATISTICS,
  /** A РЦОИ protocol of ГИА. */
  RCOI_PROTOCOL,
  /** A «Сетевой город. Образование» export. */
  SGO_EXPORT;

  /**
   * Decides the kind of a file: {@code .json} and {@code .yaml}/{@code .yml} are canonical; then by content — a РЦОИ protocol, an СГО page, a ФИС ОКО
   * statistics report; a workbook with a sheet named like a school table, or a CSV named like one, holds school
   * tables; anything else is read as a ВПР export.
   */
  public static InputKind of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return CANONICAL_JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return CANONICAL_YAML;
    }
    if (SgoImport.recognises(file)) {
      return SGO_EXPORT;
    }
    if (GiaProtocolImport.recognises(file)) {
      return RCOI_PROTOCOL;
    }
    if (VprStatisticsImport.recognises(file)) {
      return VPR_STATISTICS;
    }
    if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
      return SchoolTable.byName(VprFileNames.stem(file)).isPresent() ? SCHOOL_TABLES : VPR;
    }
    try (TableSource source = TableSources.open(file, Optional.empty())) {
      List<String> sheets = source.sheets();
      return sheets.stream().anyMatch(s -> SchoolTable.byName(s).isPresent()) ? SCHOOL_TABLES : VPR;
    } catch (java.io.IOException | RuntimeException e) {
      return VPR; // an unreadable file: the ВПР importer says what is wrong with it
    }
  }
}
