package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.model.problem.ProblemSeverity;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamLevel;
import io.github.vsoko.model.school.ExamPeriod;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StateExam;
import io.github.vsoko.model.school.Student;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads РЦОИ protocols of ГИА (протоколы проверки результатов ОГЭ, ГВЭ, ЕГЭ) from .xls (BIFF8) or .xlsx: exam blocks
 * stacked in a sheet, each opened by a line {@code «<код> - <предмет> <гггг.мм.дд>»} and a header row, ended by «Средние»;
 * empty merged columns are skipped. Columns are found by their names and synonyms: «Код ОО», «Класс», «Фамилия», «Имя»,
 * «Отчество», «Задания с кратким ответом» / «Ответы в краткой форме», «Задания с развёрнутым ответом» / «Ответы в
 * развернутой форме», «Первичный балл», «Оценка» / «Итоговая оценка», «Итоговый балл» / «Тестовый балл». A block with a
 * test score is ЕГЭ (ГИА-11), otherwise ОГЭ (ГИА-9), or ГВЭ when the title says so.
 *
 * <p>People: the full name becomes a pseudonymous id ({@link Pseudonyms}); names are neither kept nor printed. The
 * short-answer mask («++-+2+») and the long answers «1(2)2(3)» (score(max)) are summed and compared with the primary
 * score: a difference is a located warning. Every result is of the main period (protocols do not say which; a retake
 * is a second result of the same subject). A row that cannot be read is a located error and is left out.
 *
 * @since 0.1.0
 */
public final class GiaProtocolImport {
  private static final Pattern BLOCK = Pattern.compile("^\\s*(\\d{1,3})\\s*-\\s*(.+?)\\s+(\\d{4})[.\\-/](\\d{2})[.\\-/](\\d{2})\\s*$");
  private static final Pattern LONG = Pattern.compile("(\\d+)\\((\\d+)\\)");

  private GiaProtocolImport() {}

  /** Whether the file looks like a protocol: a block line and a header with «Фамилия» and a primary score. */
  public static boolean recognises(Path file) {
    try (TableSource source = TableSources.open(file, Optional.empty())) {
      for (String sheet : source.sheets()) {
        try (Stream<TableRow> rows = source.rows(sheet)) {
          boolean block = false;
          for (TableRow r : (Iterable<TableRow>) rows.limit(40)::iterator) {
            block |= r.cells().stream().anyMatch(c -> BLOCK.matcher(c).matches());
            if (block && header(r).isPresent()) {
              return true;
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return false;
  }

  /**
   * Reads every block of every sheet.
   *
   * @throws ProblemException naming the file when it cannot be read or holds no protocol
   */
  public static GiaProtocolResult read(Path file, Pseudonyms pseudonyms) {
    Reader reader = new Reader(file.toString(), pseudonyms);
    try (TableSource source = TableSources.open(file, Optional.empty())) {
      for (String sheet : source.sheets()) {
        try (Stream<TableRow> rows = source.rows(sheet)) {
          reader.sheet(source.isCsv() ? Optional.empty() : Optional.of(sheet), rows.iterator());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ProblemException(List.of(Problem.ofFile(file.toString(), "не удаётся прочитать: " + e.getMessage())));
    }
    if (!reader.anyBlock) {
      throw new ProblemException(List.of(Problem.ofFile(file.toString(), "не похоже на протокол РЦОИ: нет строки "
          + "«<код> - <предмет> <гггг.мм.дд>» со строкой заголовков «Фамилия … Первичный балл»")));
    }
    return reader.result();
  }

  /** The columns of a header row, if it is one. */
  private static Optional<Map<String, Integer>> header(TableRow row) {
    Map<String, Integer> c = new LinkedHashMap<>();
    for (int i = 0; i < row.cells().size(); i++) {
      String h = VprColumns.fold(row.cell(i)).replace('ё', 'е');
      if (h.isEmpty()) {
        continue;
      }
      String key = h.equals("фамилия") ? "surname" : h.equals("имя") ? "name" : h.equals("отчество") ? "patronymic"
          : h.equals("класс") ? "class" : h.equals("код оо") ? "school"
          : h.startsWith("задания с кратким") || h.startsWith("ответы в краткой") || h.startsWith("часть с кратким") ? "short"
          : h.startsWith("задания с развернутым") || h.startsWith("ответы в развернутой") || h.startsWith("часть с развернутым")
              ? "long"
          : h.equals("первичный балл") ? "primary"
          : h.startsWith("первичный балл") ? "primaryPart"
          : h.equals("итоговый балл") || h.equals("тестовый балл") ? "test"
          : h.equals("оценка") || h.equals("итоговая оценка") || h.equals("отметка") ? "mark" : null;
      if (key != null) {
        c.putIfAbsent(key, i);
      }
    }
    if (!c.containsKey("primary") && c.containsKey("primaryPart")) {
      c.put("primary", c.get("primaryPart"));
    }
    return c.containsKey("surname") && c.containsKey("primary") ? Optional.of(c) : Optional.empty();
  }

  /** Reads blocks, keeping the students and results of all sheets. */
  private static final class Reader {
    private final String file;
    private final Pseudonyms pseudonyms;
    private final Map<String, Student> students = new LinkedHashMap<>();
    private final List<ExamResult> exams = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> schoolCodes = new LinkedHashSet<>();
    private boolean anyBlock;
    private Optional<String> sheet = Optional.empty();
    private String title = "";
    private Matcher block;
    private Map<String, Integer> columns;

    Reader(String file, Pseudonyms pseudonyms) {
      this.file = file;
      this.pseudonyms = pseudonyms;
    }

    void sheet(Optional<String> name, java.util.Iterator<TableRow> rows) {
      sheet = name;
      block = null;
      columns = null;
      while (rows.hasNext()) {
        TableRow row = rows.next();
        if (row.isBlank()) {
          continue;
        }
        String first = row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElse("");
        Matcher m = BLOCK.matcher(first);
        if (m.matches()) {
          block = m;
          columns = null;
          anyBlock = true;
          continue;
        }
        if (columns == null) {
          Optional<Map<String, Integer>> h = header(row);
          if (h.isPresent() && block != null) {
            columns = h.get();
          } else if (block == null) {
            title = title + " " + first;
          }
          continue;
        }
        if (VprColumns.fold(first).startsWith("средн")) {
          columns = null; // «Средние» ends the block
          continue;
        }
        row(row);
      }
    }

    private void row(TableRow row) {
      try {
        String surname = row.cell(columns.get("surname")).strip();
        if (surname.isEmpty()) {
          return;
        }
        String id = pseudonyms.of(surname, cell(row, "name"), cell(row, "patronymic"));
        LocalDate date = LocalDate.of(Integer.parseInt(block.group(3)), Integer.parseInt(block.group(4)),
            Integer.parseInt(block.group(5)));
        String subjectText = block.group(2).strip();
        boolean ege = columns.containsKey("test");
        String t = VprColumns.fold(title + " " + subjectText);
        ExamForm form = ege ? ExamForm.EGE : t.contains("гвэ") ? ExamForm.GVE : ExamForm.OGE;
        StateExam exam = ege || t.contains("гвэ-11") || t.contains("гвэ 11") ? StateExam.GIA_11 : StateExam.GIA_9;
        String folded = VprColumns.fold(subjectText);
        SchoolSubject subject = folded.startsWith("математика") ? SchoolSubject.MATHEMATICS
            : VprFileNames.subject(subjectText).orElseGet(() -> SchoolSubject.of(subjectText));
        int primary = Cells.integer(row.cell(columns.get("primary")));
        OptionalInt test = columns.containsKey("test") && !cell(row, "test").isBlank()
            ? OptionalInt.of(Cells.integer(cell(row, "test"))) : OptionalInt.empty();
        Optional<MarkValue> mark = columns.containsKey("mark") && !cell(row, "mark").isBlank()
            ? Optional.of(MarkValue.of(Cells.integer(cell(row, "mark")))) : Optional.empty();
        Optional<ExamLevel> level = Optional.empty();
        if (form == ExamForm.EGE && subject.equals(SchoolSubject.MATHEMATICS)) {
          level = Optional.of(folded.contains("баз") || (test.isEmpty() && mark.isPresent()) ? ExamLevel.BASE : ExamLevel.PROFILE);
          if (level.get() == ExamLevel.BASE) {
            test = OptionalInt.empty();
          }
        }
        ClassName className = ClassName.parse(cell(row, "class").isBlank() ? (exam == StateExam.GIA_9 ? "9" : "11")
            : cell(row, "class"));
        if (cell(row, "class").isBlank()) {
          problems.add(problem(ProblemSeverity.WARNING, row, columns.getOrDefault("class", -1), "класс не указан; записан "
              + className + " по виду экзамена"));
        }
        tasks(row, primary);
        ExamResult result = new ExamResult(id, exam, form, subject, level, OptionalInt.of(primary), test, mark,
            date.getYear(), ExamPeriod.MAIN);
        Student before = students.get(id);
        if (before != null && !before.className().equals(className)) {
          problems.add(problem(ProblemSeverity.WARNING, row, columns.getOrDefault("class", -1), "тот же псевдоним уже в классе "
              + before.className() + " (однофамильцы с тем же именем и отчеством?); оставлен класс " + before.className()));
        } else if (before == null) {
          students.put(id, new Student(id, className, LocalDate.of(date.getYear() - 1, 9, 1), Optional.empty(), Set.of()));
        }
        if (columns.containsKey("school") && !cell(row, "school").isBlank()) {
          schoolCodes.add(cell(row, "school"));
        }
        exams.add(result);
      } catch (Cells.BadValue | IllegalArgumentException e) {
        problems.add(problem(ProblemSeverity.ERROR, row, -1, e.getMessage() + "; строка не учтена"));
      }
    }

    /** Compares the sum of the short-answer mask and the long answers with the primary score. */
    private void tasks(TableRow row, int primary) {
      String shortMask = cell(row, "short");
      String longMask = cell(row, "long");
      if (shortMask.isBlank() && longMask.isBlank()) {
        return;
      }
      if (!shortMask.isBlank() && !shortMask.matches("[+\\-0-9]+")) {
        return; // ЕГЭ short answers are the answers themselves, not a mask
      }
      int sum = 0;
      for (char c : shortMask.toCharArray()) {
        sum += c == '+' ? 1 : Character.isDigit(c) ? c - '0' : 0;
      }
      Matcher m = LONG.matcher(longMask);
      while (m.find()) {
        sum += Integer.parseInt(m.group(1));
      }
      if (sum != primary) {
        problems.add(problem(ProblemSeverity.WARNING, row, columns.get("primary"), "сумма баллов за задания " + sum
            + " не равна первичному баллу " + primary));
      }
    }

    private String cell(TableRow row, String key) {
      Integer i = columns.get(key);
      return i == null ? "" : row.cell(i).strip();
    }

    private Problem problem(ProblemSeverity severity, TableRow row, int column, String message) {
      return Problem.inFile(severity, file, sheet, OptionalInt.of(row.number()),
          column >= 0 ? Optional.of(ColumnNames.letter(column)) : Optional.empty(), Optional.empty(), Optional.empty(), message);
    }

    GiaProtocolResult result() {
      return new GiaProtocolResult(file, schoolCodes.size() == 1 ? Optional.of(schoolCodes.iterator().next())
          : Optional.empty(), List.copyOf(students.values()), exams, problems);
    }
  }
}
