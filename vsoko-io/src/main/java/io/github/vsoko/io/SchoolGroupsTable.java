package io.github.vsoko.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A municipality's comparable groups of schools (сопоставимые группы) from a table (XLSX or CSV): columns
 * «Идентификатор» and «Группа» (English: id, group), one row per school. The grouping (by kind, size, location) is the
 * municipality's decision, so it is data.
 */
public final class SchoolGroupsTable {
  private SchoolGroupsTable() {}

  /**
   * Reads the groups: organization id → group.
   *
   * @throws ImportException listing every problem (a missing header, an empty cell, a school named twice)
   */
  public static Map<String, String> read(Path file) {
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, String> groups = new TreeMap<>();
    try (TableSource source = TableSources.open(file, Optional.empty())) {
      String sheet = source.sheets().get(0);
      Optional<String> sheetName = source.isCsv() ? Optional.empty() : Optional.of(sheet);
      try (Stream<TableRow> rows = source.rows(sheet)) {
        Iterator<TableRow> it = rows.iterator();
        int id = -1;
        int group = -1;
        while (it.hasNext()) {
          TableRow row = it.next();
          if (row.isBlank()) {
            continue;
          }
          if (id < 0) {
            for (int i = 0; i < row.cells().size(); i++) {
              String h = VprColumns.fold(row.cell(i));
              if (h.equals("идентификатор") || h.equals("id") || h.equals("школа")) {
                id = i;
              } else if (h.equals("группа") || h.equals("group")) {
                group = i;
              }
            }
            if (id < 0 || group < 0) {
              throw new ImportException(List.of(ImportProblem.ofFile(file.toString(),
                  "нет строки заголовков «Идентификатор» и «Группа»")));
            }
            continue;
          }
          String school = row.cell(id).strip();
          String name = row.cell(group).strip();
          String message = school.isEmpty() || name.isEmpty() ? "ожидаются идентификатор школы и группа"
              : groups.containsKey(school) ? "школа «" + school + "» уже отнесена к группе «" + groups.get(school) + "»" : null;
          if (message != null) {
            problems.add(new ImportProblem(ImportSeverity.ERROR, source.file(), sheetName, OptionalInt.of(row.number()),
                Optional.empty(), Optional.empty(), Optional.empty(), message));
          } else {
            groups.put(school, name);
          }
        }
      }
    } catch (IOException e) {
      throw new ImportException(List.of(ImportProblem.ofFile(file.toString(), "не удаётся прочитать: " + e.getMessage())));
    } catch (UncheckedIOException e) {
      throw new ImportException(List.of(ImportProblem.ofFile(file.toString(), "не удаётся прочитать: " + e.getCause().getMessage())));
    }
    if (!problems.isEmpty()) {
      throw new ImportException(problems);
    }
    return groups;
  }
}
