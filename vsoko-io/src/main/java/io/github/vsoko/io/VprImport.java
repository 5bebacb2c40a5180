package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemSeverity;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.TaskScore;
import io.github.vsoko.model.school.VprResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Reads ВПР participant results from ФИС ОКО downloads and regional exports, as XLSX or as CSV saved
 * from them by a Russian Excel. The layout is recognised from the headers (any of the first 30 rows
 * of any sheet), not from the file name; unknown columns are reported, never silently dropped.
 *
 * <p>Semantics: variant «отсутствовал» → absent; a present row without a numeric primary score is
 * kept but is not a participant (a warning says so); journal marks other than 2–5 («нет отметки»,
 * blank, text) are missing, never 0; task cells «X», «Х», «-», «—» are «not done»; the school is the
 * login before « | ». Rows stream: memory does not grow with the file.
 *
 * @since 0.1.0
 */
public final class VprImport {
  private static final int HEADER_SEARCH_ROWS = 30;
  private static final java.util.regex.Pattern GROUP = java.util.regex.Pattern.compile(".*\\(([^()]+)\\)\\s*");
  private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("(?iu)кол-во участников:\\s*(\\d+)");
  /** A class written with its grade («4А», «4 - а»), compiled once: it is tried on every row. */
  private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile("\\d{1,2}\\s*[-\\s\"«]*\\s*\\p{L}.*");

  /** Whole scores 0–999 as shared values: a primary score is read for every participant. */
  private static final OptionalInt[] SCORES = java.util.stream.IntStream.range(0, 1000).mapToObj(OptionalInt::of)
      .toArray(OptionalInt[]::new);

  private VprImport() {}

  /**
   * Reads every row.
   *
   * @throws ProblemException for a file that cannot be read at all, or for any problem in strict mode
   */
  public static VprImportResult read(Path file, VprImportOptions options) {
    List<VprResult> results = new ArrayList<>();
    VprImportSummary s = forEach(file, options, results::add);
    return new VprImportResult(s.file(), s.sheet(), s.layout(), s.subject(), s.grade(), s.year(), results, s.problems(),
        s.taskLevels());
  }

  /**
   * Streams every row to {@code consumer} without keeping them.
   *
   * @throws ProblemException for a file that cannot be read at all, or for any problem in strict mode
   */
  public static VprImportSummary forEach(Path file, VprImportOptions options, Consumer<VprResult> consumer) {
    try (TableSource source = TableSources.open(file, options.charset())) {
      for (String sheet : source.sheets()) {
        try (Stream<TableRow> rows = source.rows(sheet)) {
          Optional<VprImportSummary> summary = readSheet(file, source, sheet, rows.iterator(), options, consumer);
          if (summary.isPresent()) {
            if (options.mode() == ImportMode.STRICT && !summary.get().problems().isEmpty()) {
              throw new ProblemException(summary.get().problems());
            }
            return summary.get();
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ProblemException(List.of(Problem.ofFile(file.toString(), "не удаётся прочитать: " + e.getMessage())));
    } catch (ProblemException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ProblemException(List.of(Problem.ofFile(file.toString(),
          "файл повреждён или не читается (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")")));
    }
    throw new ProblemException(List.of(Problem.ofFile(file.toString(),
        "не найден лист с результатами участников ВПР: ни в одном листе нет строки заголовков с кодом участника, "
            + "вариантом, баллами за задания и первичным баллом (форматы: " + layouts() + ")")));
  }

  private static String layouts() {
    StringBuilder s = new StringBuilder();
    for (VprLayout l : VprLayout.values()) {
      s.append(s.length() == 0 ? "" : "; ").append(l.description());
    }
    return s.toString();
  }

  private static Optional<VprImportSummary> readSheet(Path file, TableSource source, String sheet, Iterator<TableRow> rows,
      VprImportOptions options, Consumer<VprResult> consumer) {
    Optional<SchoolSubject> metaSubject = Optional.empty();
    OptionalInt metaGrade = OptionalInt.empty();
    OptionalInt metaYear = OptionalInt.empty();
    VprColumns columns = null;
    int headerRow = 0;
    TableRow levelRow = null;
    for (int seen = 0; rows.hasNext() && seen < HEADER_SEARCH_ROWS; seen++) {
      TableRow row = rows.next();
      if (VprColumns.fold(row.cell(0)).startsWith("уровень сложности")) {
        levelRow = row;
        continue;
      }
      Optional<VprColumns> recognised = VprColumns.recognise(row.cells());
      if (recognised.isPresent()) {
        columns = recognised.get();
        headerRow = row.number();
        break;
      }
      for (int i = 0; i < row.cells().size(); i++) {
        String cell = row.cell(i);
        Optional<Matcher> title = VprFileNames.title(cell);
        if (title.isPresent()) {
          metaYear = OptionalInt.of(Integer.parseInt(title.get().group(1)));
          metaSubject = SchoolSubject.known(title.get().group(2));
          metaGrade = OptionalInt.of(Integer.parseInt(title.get().group(3)));
        }
        if (VprColumns.fold(cell).equals("предмет") && metaSubject.isEmpty()) {
          metaSubject = SchoolSubject.known(row.cell(i + 1));
        }
      }
    }
    if (columns == null) {
      return Optional.empty();
    }
    return Optional.of(new SheetReader(file, source, sheet, columns, headerRow, options, consumer, levelRow)
        .read(rows, metaSubject, metaGrade, metaYear));
  }

  /** A school's rows in a sheet: the participant codes with their first row (a repeat is said once), rows accepted. */
  private static final class SchoolRows {
    final String login;
    final java.util.Map<String, Integer> codes = new java.util.HashMap<>();
    long accepted;

    SchoolRows(String login) {
      this.login = login;
    }
  }

  /** Reads the data rows of a recognised sheet. */
  private static final class SheetReader {
    private final Path file;
    private final TableSource source;
    private final String sheet;
    private final VprColumns columns;
    private final int headerRow;
    private final VprImportOptions options;
    private final Consumer<VprResult> consumer;
    private final List<Problem> problems = new ArrayList<>();
    private final long[] unknownValues;
    private final int[] unknownFirstRow;
    private SchoolSubject subject;
    private Grade grade;
    private int year;
    private long count;

    private final TableRow levelRow;
    private final java.util.Map<String, Long> groupCounts = new java.util.LinkedHashMap<>();
    /** Rows counted by school: rows come school by school, so the last school's entry is kept at hand. */
    private final java.util.Map<String, SchoolRows> bySchool = new java.util.HashMap<>();
    private SchoolRows lastSchool;
    /**
     * What a cell text reads as, for the columns with few distinct texts (school, class, journal mark, each task): a
     * text is read once per sheet, its value shared by the rows; texts that give a problem are read (and said) per row.
     */
    private final java.util.Map<String, String> logins = new java.util.HashMap<>();
    private final java.util.Map<String, Optional<ClassName>> classNames = new java.util.HashMap<>();
    private final java.util.Map<String, Optional<MarkValue>> journalMarks = new java.util.HashMap<>();
    private final java.util.Map<String, Optional<String>> variants = new java.util.HashMap<>();
    private final List<java.util.Map<String, TaskScore>> taskScores = new ArrayList<>();

    SheetReader(Path file, TableSource source, String sheet, VprColumns columns, int headerRow, VprImportOptions options,
        Consumer<VprResult> consumer, TableRow levelRow) {
      this.levelRow = levelRow;
      this.file = file;
      this.source = source;
      this.sheet = sheet;
      this.columns = columns;
      this.headerRow = headerRow;
      this.options = options;
      this.consumer = consumer;
      this.unknownValues = new long[columns.unknown.size()];
      this.unknownFirstRow = new int[columns.unknown.size()];
      for (int i = 0; i < columns.tasks.size(); i++) {
        taskScores.add(new java.util.HashMap<>());
      }
    }

    private Problem problem(ProblemSeverity severity, int row, int column, String value, String message) {
      return Problem.inFile(severity, source.file(), source.isCsv() ? Optional.empty() : Optional.of(sheet),
          row > 0 ? OptionalInt.of(row) : OptionalInt.empty(),
          column >= 0 ? Optional.of(ColumnNames.letter(column)) : Optional.empty(),
          column >= 0 ? Optional.of(columns.header(column)) : Optional.empty(),
          value == null || value.isEmpty() ? Optional.empty() : Optional.of(value), message);
    }

    VprImportSummary read(Iterator<TableRow> rows, Optional<SchoolSubject> metaSubject, OptionalInt metaGrade,
        OptionalInt metaYear) {
      boolean form = columns.layout == VprLayout.PROTOCOL && columns.school < 0;
      if (columns.participant < 0 || (columns.school < 0 && !form) || columns.variant < 0 || columns.primaryScore < 0) {
        throw new ProblemException(List.of(problem(ProblemSeverity.ERROR, headerRow, -1, null,
            "в строке заголовков нет обязательного столбца (логин школы, код участника, вариант или первичный балл)")));
      }
      boolean resolved = false;
      while (rows.hasNext()) {
        TableRow row = rows.next();
        if (row.isBlank()) {
          continue;
        }
        if (!resolved) {
          OptionalInt uploadYear = columns.uploadDate >= 0 ? VprFileNames.year(row.cell(columns.uploadDate)) : OptionalInt.empty();
          resolve(metaSubject, metaGrade, metaYear.isPresent() ? metaYear : uploadYear);
          resolved = true;
        }
        row(row);
      }
      if (!resolved) {
        resolve(metaSubject, metaGrade, metaYear);
      }
      for (int k = 0; k < unknownValues.length; k++) {
        if (unknownValues[k] > 0) {
          int c = columns.unknown.get(k);
          problems.add(problem(ProblemSeverity.WARNING, unknownFirstRow[k], c, null, "столбец не относится к формату «"
              + columns.layout.description() + "»; его значения (" + unknownValues[k] + ", начиная со строки "
              + unknownFirstRow[k] + ") не импортированы"));
        }
      }
      groupCounts.forEach((login, expected) -> {
        SchoolRows counted = bySchool.get(login);
        long seen = counted == null ? 0 : counted.accepted;
        if (seen != expected) {
          problems.add(problem(ProblemSeverity.WARNING, headerRow, -1, null, "у ОО " + login + " в строке группы «Кол-во "
              + "участников: " + expected + "», а строк участников " + seen));
        }
      });
      problems.sort(ImportProblems.IN_SHEET_ORDER);
      return new VprImportSummary(source.file(), sheet, columns.layout, subject, grade, year, count, problems, levels());
    }

    /** The task levels of the row «Уровень сложности задания» (Б — базовый, П и В — повышенный), for this work. */
    private io.github.vsoko.analytics.vpr.VprTaskLevels levels() {
      io.github.vsoko.analytics.vpr.VprTaskLevels levels = io.github.vsoko.analytics.vpr.VprTaskLevels.none();
      if (levelRow == null || subject == null || grade == null) {
        return levels;
      }
      io.github.vsoko.analytics.vpr.VprWork work = new io.github.vsoko.analytics.vpr.VprWork(subject, grade, year);
      for (VprColumns.Task t : columns.tasks) {
        String level = VprColumns.fold(levelRow.cell(t.index()));
        if (level.equals("б")) {
          levels = levels.with(work, t.label(), io.github.vsoko.analytics.vpr.TaskLevel.BASIC);
        } else if (level.equals("п") || level.equals("в")) {
          levels = levels.with(work, t.label(), io.github.vsoko.analytics.vpr.TaskLevel.ADVANCED);
        } else if (!level.isEmpty()) {
          problems.add(problem(ProblemSeverity.WARNING, levelRow.number(), t.index(), levelRow.cell(t.index()),
              "уровень сложности задания — Б, П или В; не учтён"));
        }
      }
      return levels;
    }

    private void resolve(Optional<SchoolSubject> metaSubject, OptionalInt metaGrade, OptionalInt metaYear) {
      String stem = VprFileNames.stem(file);
      subject = options.subject().or(() -> metaSubject).or(() -> VprFileNames.subject(stem)).orElse(null);
      OptionalInt g = first(options.grade().map(x -> OptionalInt.of(x.value())).orElse(OptionalInt.empty()), metaGrade,
          VprFileNames.grade(stem), VprFileNames.gradeFolder(file));
      OptionalInt y = first(options.year(), metaYear, VprFileNames.year(stem), VprFileNames.yearFolder(file));
      List<String> missing = new ArrayList<>();
      if (subject == null) {
        missing.add("предмет (--subject)");
      }
      if (g.isEmpty()) {
        missing.add("класс (--grade)");
      }
      if (y.isEmpty()) {
        missing.add("год (--year)");
      }
      if (!missing.isEmpty()) {
        throw new ProblemException(List.of(Problem.ofFile(source.file(), "не удалось определить "
            + String.join(", ", missing) + " ни из файла, ни из его имени и папок; укажите их явно")));
      }
      try {
        grade = Grade.of(g.getAsInt());
      } catch (IllegalArgumentException e) {
        throw new ProblemException(List.of(Problem.ofFile(source.file(), "класс " + g.getAsInt() + " вне 1–12")));
      }
      year = y.getAsInt();
    }

    private static OptionalInt first(OptionalInt... candidates) {
      for (OptionalInt c : candidates) {
        if (c.isPresent()) {
          return c;
        }
      }
      return OptionalInt.empty();
    }

    private void row(TableRow row) {
      int n = row.number();
      for (int k = 0; k < columns.unknown.size(); k++) {
        if (!row.cell(columns.unknown.get(k)).isEmpty()) {
          if (unknownValues[k]++ == 0) {
            unknownFirstRow[k] = n;
          }
        }
      }
      String code = row.cell(columns.participant);
      Matcher group = code.isEmpty() ? GROUP.matcher(row.cell(0)) : null; // only a row without a code can be a group row
      if (code.isEmpty() && group.matches() && String.join(" ", row.cells()).toLowerCase(java.util.Locale.ROOT)
          .contains("кол-во участников")) {
        Matcher declared = COUNT.matcher(String.join(" ", row.cells()));
        if (declared.find()) {
          groupCounts.merge(group.group(1).strip(), Long.parseLong(declared.group(1)), Long::sum);
        }
        return; // the group row of a school in Ф1: «<name>(<login>) | Кол-во участников: N»
      }
      if (code.isEmpty()) {
        problems.add(problem(ProblemSeverity.ERROR, n, columns.participant, null, "нет кода участника — строка не импортирована"));
        return;
      }
      String login = columns.school >= 0 ? logins.computeIfAbsent(row.cell(columns.school), SheetReader::login)
          : formSchool();
      if (login.isEmpty()) {
        problems.add(problem(ProblemSeverity.ERROR, n, columns.school, null, "нет логина школы — строка не импортирована"));
        return;
      }
      SchoolRows school = school(login);
      Integer first = school.codes.putIfAbsent(code, n);
      if (first != null) {
        problems.add(problem(ProblemSeverity.WARNING, n, columns.participant, code, "участник с этим кодом в школе «" + login
            + "» уже в строке " + first + " — повтор не учтён"));
        return;
      }
      String variant = row.cell(columns.variant);
      boolean absent = VprColumns.fold(variant).startsWith("отсутств");
      Optional<MarkValue> journal = journalMark(row, n);
      Optional<ClassName> className = className(row, n);
      try {
        if (absent) {
          accept(new VprResult(code, login, className, subject, grade, year, Optional.empty(), true, List.of(),
              OptionalInt.empty(), Optional.empty(), journal));
          return;
        }
        OptionalInt primary = integer(row.cell(columns.primaryScore));
        if (primary.isEmpty()) {
          problems.add(problem(ProblemSeverity.WARNING, n, columns.primaryScore, row.cell(columns.primaryScore),
              "участник не отмечен отсутствующим, но числового первичного балла нет — строка сохранена и исключена из анализа"));
        }
        Optional<MarkValue> mark = Optional.empty();
        if (columns.mark >= 0 && !row.cell(columns.mark).isEmpty()) {
          mark = MarkValue.parse(row.cell(columns.mark)).filter(MarkValue::isNumeric);
          if (mark.isEmpty()) {
            problems.add(problem(ProblemSeverity.WARNING, n, columns.mark, row.cell(columns.mark), "отметка должна быть 2–5"));
          }
        }
        int before = problems.size();
        List<io.github.vsoko.model.school.TaskScore> tasks = tasks(row, n);
        if (primary.isPresent() && !tasks.isEmpty() && problems.size() == before) { // a bad task cell is said once, not twice
          int sum = 0;
          for (TaskScore t : tasks) {
            sum += t.score().orElse(0);
          }
          if (sum != primary.getAsInt()) {
            problems.add(problem(ProblemSeverity.WARNING, n, columns.primaryScore, row.cell(columns.primaryScore),
                "сумма баллов за задания " + sum + " не равна первичному баллу " + primary.getAsInt()));
          }
        }
        accept(new VprResult(code, login, className, subject, grade, year,
            variants.computeIfAbsent(variant, v -> v.isEmpty() ? Optional.empty() : Optional.of(v)), false, tasks, primary,
            primary.isPresent() ? mark : Optional.empty(), journal));
      } catch (IllegalArgumentException e) {
        problems.add(problem(ProblemSeverity.ERROR, n, -1, null, "строка не импортирована: " + e.getMessage()));
      }
    }

    private void accept(VprResult result) {
      school(result.schoolLogin()).accepted++;
      count++;
      consumer.accept(result);
    }

    private SchoolRows school(String login) {
      SchoolRows last = lastSchool;
      if (last == null || !last.login.equals(login)) {
        last = bySchool.computeIfAbsent(login, SchoolRows::new);
        lastSchool = last;
      }
      return last;
    }

    /**
     * The school of a collection form, which has no login column: the folder holding the file when it is named like a
     * login («sch240007/…», «edu223017/…»), else «ОО».
     */
    private String formSchool() {
      Path parent = file.toAbsolutePath().getParent();
      String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
      return folder.matches("[A-Za-z]{2,8}\\d{3,}") ? folder : "ОО";
    }

    private static String login(String cell) {
      int bar = cell.indexOf('|');
      return (bar >= 0 ? cell.substring(0, bar) : cell).strip();
    }

    private Optional<MarkValue> journalMark(TableRow row, int n) {
      if (columns.journalMark < 0) {
        return Optional.empty();
      }
      String text = row.cell(columns.journalMark);
      Optional<MarkValue> known = journalMarks.get(text);
      if (known != null) {
        return known;
      }
      Optional<MarkValue> mark = MarkValue.parse(text).filter(MarkValue::isNumeric);
      String folded = VprColumns.fold(text);
      if (mark.isEmpty() && !text.isEmpty() && !folded.equals("нет отметки") && !folded.equals("нет")) {
        problems.add(problem(ProblemSeverity.WARNING, n, columns.journalMark, text,
            "отметка по журналу должна быть 2–5; считается отсутствующей"));
      } else {
        journalMarks.put(text, mark);
      }
      return mark;
    }

    private Optional<ClassName> className(TableRow row, int n) {
      if (columns.className < 0) {
        return Optional.empty();
      }
      String text = row.cell(columns.className);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<ClassName> known = classNames.get(text);
      if (known != null) {
        return known;
      }
      String folded = VprColumns.fold(text);
      try {
        Optional<ClassName> name = Optional.of(folded.equals("нет") ? new ClassName(grade, "")
            : CLASS_NAME.matcher(text).matches() ? ClassName.parse(text) : new ClassName(grade, text));
        classNames.put(text, name);
        return name;
      } catch (IllegalArgumentException e) {
        problems.add(problem(ProblemSeverity.WARNING, n, columns.className, text, "не похоже на букву класса; класс не записан"));
        return Optional.empty();
      }
    }

    private List<TaskScore> tasks(TableRow row, int n) {
      List<TaskScore> tasks = new ArrayList<>(columns.tasks.size());
      for (int k = 0; k < columns.tasks.size(); k++) {
        VprColumns.Task task = columns.tasks.get(k);
        String text = row.cell(task.index());
        if (text.isEmpty()) {
          continue;
        }
        TaskScore known = taskScores.get(k).get(text);
        if (known != null) {
          tasks.add(known);
          continue;
        }
        if (isNotDone(text)) {
          TaskScore notDone = new TaskScore(task.label(), OptionalInt.empty(), task.maxPoints());
          taskScores.get(k).put(text, notDone);
          tasks.add(notDone);
          continue;
        }
        OptionalInt score = integer(text);
        if (score.isEmpty() || score.getAsInt() < 0) {
          problems.add(problem(ProblemSeverity.WARNING, n, task.index(), text,
              "балл за задание должен быть целым числом или «X»; задание считается невыполненным"));
          tasks.add(new TaskScore(task.label(), OptionalInt.empty(), task.maxPoints()));
        } else if (task.maxPoints().isPresent() && score.getAsInt() > task.maxPoints().getAsInt()) {
          problems.add(problem(ProblemSeverity.WARNING, n, task.index(), text,
              "балл больше максимального (" + task.maxPoints().getAsInt() + "); задание считается невыполненным"));
          tasks.add(new TaskScore(task.label(), OptionalInt.empty(), task.maxPoints()));
        } else {
          TaskScore read = new TaskScore(task.label(), score, task.maxPoints());
          taskScores.get(k).put(text, read);
          tasks.add(read);
        }
      }
      return tasks;
    }

    /** «X», «Х», «-», «—», «не пройд.», «не выполнено», «н/в»: the task was not done. */
    private static boolean isNotDone(String text) {
      if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
        return false; // a score: the common case, decided without folding
      }
      String t = VprColumns.fold(text);
      return t.equals("x") || t.equals("х") || t.equals("-") || t.equals("—") || t.equals("–") || t.startsWith("не пройд")
          || t.startsWith("не выполн") || t.equals("н/в");
    }

    private static OptionalInt integer(String text) {
      int n = text.length();
      if (n > 0 && n <= 3) { // «0»…«999»: the common case, without a double
        int value = 0;
        int i = 0;
        for (; i < n; i++) {
          char c = text.charAt(i);
          if (c < '0' || c > '9') {
            break;
          }
          value = value * 10 + (c - '0');
        }
        if (i == n) {
          return SCORES[value]; // «0»…«999»
        }
      }
      String t = text.strip().replace(',', '.');
      if (t.isEmpty()) {
        return OptionalInt.empty();
      }
      try {
        double d = Double.parseDouble(t);
        if (d != Math.rint(d) || d < 0 || d > 1000) {
          return OptionalInt.empty();
        }
        return OptionalInt.of((int) d);
      } catch (NumberFormatException e) {
        return OptionalInt.empty();
      }
    }
  }
}
