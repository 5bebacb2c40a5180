package io.github.vsoko.io;

import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.analytics.vpr.VprScale;
import io.github.vsoko.analytics.vpr.TaskLevel;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.analytics.vpr.VprTaskLevels;
import io.github.vsoko.analytics.vpr.VprWork;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * ВПР scales from a table (XLSX or CSV): columns «Год», «Предмет», «Класс», «Мин3», «Мин4», «Мин5» and
 * optionally «Макс» and «Задания повышенного уровня» (English: year, subject, grade, min3, min4, min5, max, advanced
 * tasks — task labels separated by «;» or «,», e.g. «11.2; 12; 14»), one row per work. Scales must be exact, so any bad
 * cell fails the whole table with every problem located.
 *
 * @since 0.1.0
 */
public final class VprScalesTable {
  private VprScalesTable() {}

  private static final String[][] COLUMNS = {
    {"год", "year"}, {"предмет", "subject"}, {"класс", "grade"}, {"мин3", "min3"}, {"мин4", "min4"}, {"мин5", "min5"},
    {"макс", "max"}, {"заданияповышенногоуровня", "advancedtasks"}};

  /**
   * Reads the scales, added to {@code base}.
   *
   * @throws ProblemException listing every problem
   */
  public static VprScales read(Path file, VprScales base) {
    VprScales[] scales = {base};
    java.util.Map<VprWork, Integer> seen = new java.util.HashMap<>();
    rows(file, (index, row) -> {
      VprWork work = work(index, row);
      Integer first = seen.putIfAbsent(work, row.number());
      if (first != null) {
        throw new IllegalArgumentException("шкала той же работы (" + work.subject().name() + ", " + work.grade().value()
            + " класс, " + work.year() + ") уже в строке " + first + ": у работы одна шкала; оставьте одну строку");
      }
      int max = index[6] < 0 || row.cell(index[6]).isBlank() ? -1 : HeaderedTable.number(row, index[6]);
      scales[0] = scales[0].with(work, new VprScale(HeaderedTable.number(row, index[3]), HeaderedTable.number(row, index[4]),
          HeaderedTable.number(row, index[5]), max < 0 ? OptionalInt.empty() : OptionalInt.of(max)));
    });
    return scales[0];
  }

  /**
   * Reads the task levels of the same table (column «Задания повышенного уровня»; tasks not listed there stay basic,
   * and only the works whose row fills the column become known), added to {@code base}.
   *
   * @throws ProblemException listing every problem
   */
  public static VprTaskLevels readTaskLevels(Path file, VprTaskLevels base) {
    VprTaskLevels[] levels = {base};
    rows(file, (index, row) -> {
      String advanced = index[7] < 0 ? "" : row.cell(index[7]);
      if (!advanced.isBlank()) {
        VprWork work = work(index, row);
        for (String task : advanced.split("[;,]")) {
          if (!task.isBlank()) {
            levels[0] = levels[0].with(work, task.strip().replaceAll("\\.0+$", ""), TaskLevel.ADVANCED);
          }
        }
      }
    });
    return levels[0];
  }

  private static VprWork work(int[] index, TableRow row) {
    return new VprWork(SchoolSubject.of(row.cell(index[1])), Grade.of(HeaderedTable.number(row, index[2])), HeaderedTable.number(row, index[0]));
  }

  private static void rows(Path file, HeaderedTable.RowHandler handler) {
    HeaderedTable.read(file, row -> {
      int[] index = header(row);
      return index[5] < 0 ? null : index;
    }, "нет строки заголовков шкал: Год, Предмет, Класс, Мин3, Мин4, Мин5[, Макс, Задания повышенного уровня]", handler);
  }

  private static int[] header(TableRow row) {
    int[] index = new int[COLUMNS.length];
    java.util.Arrays.fill(index, -1);
    for (int i = 0; i < row.cells().size(); i++) {
      String h = VprColumns.fold(row.cell(i)).replace(" ", "").replace("«", "").replace("»", "");
      for (int k = 0; k < COLUMNS.length; k++) {
        if (h.equals(COLUMNS[k][0]) || h.equals(COLUMNS[k][1])) {
          index[k] = i;
        }
      }
    }
    return index;
  }
}
