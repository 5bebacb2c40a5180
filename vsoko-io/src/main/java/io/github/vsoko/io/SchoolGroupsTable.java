package io.github.vsoko.io;

import io.github.vsoko.model.problem.ProblemException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A municipality's comparable groups of schools (сопоставимые группы) from a table (XLSX or CSV): columns
 * «Идентификатор» and «Группа» (English: id, group), one row per school. The grouping (by kind, size, location) is the
 * municipality's decision, so it is data.
 *
 * @since 0.1.0
 */
public final class SchoolGroupsTable {
  private SchoolGroupsTable() {}

  /**
   * Reads the groups: organization id → group.
   *
   * @throws ProblemException listing every problem (a missing header, an empty cell, a school named twice)
   */
  public static Map<String, String> read(Path file) {
    Map<String, String> groups = new TreeMap<>();
    HeaderedTable.read(file, SchoolGroupsTable::header, "нет строки заголовков «Идентификатор» и «Группа»", (index, row) -> {
      String school = row.cell(index[0]).strip();
      String name = row.cell(index[1]).strip();
      if (school.isEmpty() || name.isEmpty()) {
        throw new IllegalArgumentException("ожидаются идентификатор школы и группа");
      }
      if (groups.containsKey(school)) {
        throw new IllegalArgumentException("школа «" + school + "» уже отнесена к группе «" + groups.get(school) + "»");
      }
      groups.put(school, name);
    });
    return groups;
  }

  /** The indexes of «Идентификатор» and «Группа», or null if either is missing. */
  private static int[] header(TableRow row) {
    int id = -1;
    int group = -1;
    for (int i = 0; i < row.cells().size(); i++) {
      String h = VprColumns.fold(row.cell(i));
      if (h.equals("идентификатор") || h.equals("id") || h.equals("школа")) {
        id = i;
      } else if (h.equals("группа") || h.equals("group")) {
        group = i;
      }
    }
    return id < 0 || group < 0 ? null : new int[] {id, group};
  }
}
