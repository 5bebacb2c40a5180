package io.github.vsoko.io;

import io.github.vsoko.model.plan.Execution;
import io.github.vsoko.model.plan.ExecutionState;
import io.github.vsoko.model.schedule.Schedule;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.RussianMonths;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan row's «Отметка о выполнении» cell: one record per line (or «;»), each optionally labelled with the
 * deadline it answers — a month («декабрь:») or a date («31.12.2024:») — then «выполнено 25.12.2024, справка …»,
 * «перенесено на 15.01.2025, причина» or «не выполнено, причина». A record without a label answers the first
 * deadline not yet done or not done. Unreadable lines and records that answer no deadline are told, never dropped
 * without a word; the lines that read are kept.
 */
final class ExecutionCells {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String DATE = "(\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?:\\s*г\\.?)?";
  private static final String REST = "\\s*(?:[,;:—–-]\\s*|\\(\\s*)?(.*?)\\)?\\s*\\.?";
  private static final Pattern DONE = Pattern.compile("выполнено\\s+(?:в\\s+срок\\s+)?" + DATE + REST, FLAGS);
  private static final Pattern MOVED = Pattern.compile("перенесено\\s+на\\s+" + DATE + REST, FLAGS);
  private static final Pattern NOT_DONE = Pattern.compile("не\\s+выполнено" + REST, FLAGS);
  private static final Pattern LABEL = Pattern.compile("([^:]{1,30}?)\\s*:\\s*(.+)", FLAGS);
  private static final Pattern RECORDS = Pattern.compile(
      "\\R|;(?=\\s*(?:[^:;]{1,30}:\\s*)?(?:выполнено|перенесено|не выполнено))", FLAGS);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

  private ExecutionCells() {}

  /**
   * The records of one cell.
   *
   * @param cell the cell as written
   * @param schedule the row's schedule
   * @param year the plan's academic year
   * @param problem told each line that cannot be taken, with why (in Russian)
   */
  static List<Execution> read(String cell, Schedule schedule, AcademicYear year, Consumer<String> problem) {
    List<LocalDate> due = schedule.dueDates(year);
    List<Execution> out = new ArrayList<>();
    for (String raw : RECORDS.split(cell)) {
      String line = raw.strip().replaceAll("\\s+", " ");
      if (line.isEmpty()) {
        continue;
      }
      Optional<LocalDate> labelled = Optional.empty();
      String body = line;
      Matcher label = LABEL.matcher(line);
      if (label.matches()) {
        Optional<LocalDate> deadline = deadline(label.group(1), due);
        if (deadline.isPresent()) {
          labelled = deadline;
          body = label.group(2).strip();
        } else if (!startsWithState(line)) {
          problem.accept("«" + line + "»: «" + label.group(1) + "» не называет ни один срок строки («" + schedule.format()
              + "» в " + year + " учебном году: " + dates(due) + "); отметка не учтена");
          continue;
        }
      }
      Optional<LocalDate> target = labelled.or(() -> due.stream()
          .filter(d -> out.stream().noneMatch(e -> e.due().equals(d) && e.state() != ExecutionState.MOVED)).findFirst());
      if (target.isEmpty()) {
        problem.accept("«" + line + "»: " + (due.isEmpty() ? "у строки нет сроков в " + year + " учебном году («"
            + schedule.format() + "»)" : "все сроки строки уже отмечены (" + dates(due) + ")") + "; отметка не учтена");
        continue;
      }
      try {
        out.add(record(body, target.get()));
      } catch (IllegalArgumentException | DateTimeException e) {
        problem.accept("«" + line + "»: ожидается «выполнено ДД.ММ.ГГГГ, документ», «перенесено на ДД.ММ.ГГГГ, причина» или "
            + "«не выполнено, причина» (можно с меткой срока: «декабрь: …»); " + e.getMessage() + "; отметка не учтена");
      }
    }
    return out;
  }

  private static boolean startsWithState(String line) {
    String f = line.toLowerCase(java.util.Locale.ROOT);
    return f.startsWith("выполнено") || f.startsWith("перенесено") || f.startsWith("не выполнено");
  }

  private static Execution record(String body, LocalDate due) {
    Matcher m = DONE.matcher(body);
    if (m.matches()) {
      return Execution.done(due, LocalDate.parse(m.group(1), DAY), text(m.group(2)));
    }
    m = MOVED.matcher(body);
    if (m.matches()) {
      return Execution.moved(due, LocalDate.parse(m.group(1), DAY), text(m.group(2)));
    }
    m = NOT_DONE.matcher(body);
    if (m.matches()) {
      return Execution.notDone(due, text(m.group(1)));
    }
    throw new IllegalArgumentException("не прочитано «" + body + "»");
  }

  private static Optional<String> text(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  /** The deadline a label names: one in the named month, or the date itself. */
  private static Optional<LocalDate> deadline(String label, List<LocalDate> due) {
    String l = label.strip();
    try {
      LocalDate date = LocalDate.parse(l.replaceAll("\\s*г\\.?$", ""), DAY);
      return due.contains(date) ? Optional.of(date) : Optional.empty();
    } catch (DateTimeException notADate) {
      Optional<Month> month = RussianMonths.parse(l);
      return month.flatMap(m -> due.stream().filter(d -> d.getMonth() == m).findFirst());
    }
  }

  private static String dates(List<LocalDate> due) {
    return due.stream().map(d -> d.format(DateTimeFormatter.ofPattern("dd.MM.uuuu"))).reduce((a, b) -> a + ", " + b).orElse("нет");
  }
}
