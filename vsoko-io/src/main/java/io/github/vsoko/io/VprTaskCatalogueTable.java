package io.github.vsoko.io;

import io.github.vsoko.analytics.vpr.TaskLevel;
import io.github.vsoko.analytics.vpr.VprTaskLevels;
import io.github.vsoko.analytics.vpr.VprWork;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import java.nio.file.Path;

/**
 * A task catalogue of ВПР works (каталог заданий по описанию КИМ ФИОКО) as a small table, CSV or XLSX: «Год | Предмет
 * | Класс | Задание | Макс. балл | Уровень | Проверяемое умение», one row per task. The level is Б (базовый), П
 * (повышенный) or В (высокий, judged as повышенный); the maximum and the skill may be blank. The subject may be named
 * in any case or as ФИС ОКО abbreviates it. Every bad cell is a located problem and fails the table (a catalogue must
 * be exact).
 *
 * @since 0.1.0
 */
public final class VprTaskCatalogueTable {
  private static final String[][] COLUMNS = {
      {"год", "year"}, {"предмет", "subject"}, {"класс", "grade"}, {"задание", "task"}, {"макс.балл", "max"},
      {"уровень", "level"}, {"проверяемоеумение", "skill"}};

  private VprTaskCatalogueTable() {}

  /**
   * Reads the catalogue into task levels with their skills, over {@code base}.
   *
   * @throws ProblemException listing every bad row, or naming the file when it cannot be read
   */
  public static VprTaskLevels read(Path file, VprTaskLevels base) {
    VprTaskLevels[] levels = {base};
    HeaderedTable.read(file, row -> {
      int[] index = new int[COLUMNS.length];
      java.util.Arrays.fill(index, -1);
      for (int i = 0; i < row.cells().size(); i++) {
        String h = VprColumns.fold(row.cell(i)).replace(" ", "").replace("максимальныйбалл", "макс.балл")
            .replace("максбалл", "макс.балл").replace("уровеньсложности", "уровень").replace("умение", "проверяемоеумение")
            .replace("проверяемоепроверяемоеумение", "проверяемоеумение");
        for (int k = 0; k < COLUMNS.length; k++) {
          if (h.equals(COLUMNS[k][0]) || h.equals(COLUMNS[k][1])) {
            index[k] = i;
          }
        }
      }
      return index[0] < 0 || index[1] < 0 || index[2] < 0 || index[3] < 0 || index[5] < 0 ? null : index;
    }, "нет строки заголовков каталога заданий: Год, Предмет, Класс, Задание, Уровень[, Макс. балл, Проверяемое умение]",
        (index, row) -> {
          String subjectText = row.cell(index[1]).strip();
          SchoolSubject subject = SubjectNames.find(subjectText).orElseGet(() -> {
            throw new IllegalArgumentException("предмет «" + subjectText + "» не из справочника" + SubjectNames.candidates(subjectText));
          });
          VprWork work = new VprWork(subject, Grade.of(HeaderedTable.number(row, index[2])), HeaderedTable.number(row, index[0]));
          String task = row.cell(index[3]).strip().replaceAll("\\.0+$", "").replace('k', 'К').replace('к', 'К');
          if (task.isEmpty()) {
            throw new IllegalArgumentException("нет номера задания");
          }
          String level = VprColumns.fold(row.cell(index[5]));
          TaskLevel parsed = switch (level) {
            case "б", "базовый", "базовая" -> TaskLevel.BASIC;
            case "п", "в", "повышенный", "высокий", "повышенная", "высокая" -> TaskLevel.ADVANCED;
            default -> throw new IllegalArgumentException("столбец " + ColumnNames.letter(index[5]) + ": уровень «"
                + row.cell(index[5]) + "» — ожидается Б, П или В");
          };
          levels[0] = levels[0].with(work, task, parsed);
          if (index[6] >= 0 && !row.cell(index[6]).isBlank()) {
            levels[0] = levels[0].withSkill(work, task, row.cell(index[6]));
          }
        });
    return levels[0];
  }
}
