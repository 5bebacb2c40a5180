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
  /** School tables ({@link SchoolTable}). */
  SCHOOL_TABLES,
  /** A ВПР results export. */
  VPR;

  /**
   * Decides the kind of a file: {@code .json} is canonical; a workbook with a sheet named like a school
   * table, or a CSV named like one, holds school tables; anything else is read as a ВПР export.
   */
  public static InputKind of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return CANONICAL_JSON;
    }
    if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
      return SchoolTable.byName(VprFileNames.stem(file)).isPresent() ? SCHOOL_TABLES : VPR;
    }
    try (TableSource source = TableSources.open(file, Optional.empty())) {
      List<String> sheets = source.sheets();
      return sheets.stream().anyMatch(s -> SchoolTable.byName(s).isPresent()) ? SCHOOL_TABLES : VPR;
    } catch (java.io.IOException e) {
      return VPR;
    }
  }
}
