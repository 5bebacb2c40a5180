package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.model.problem.ProblemSeverity;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads reports of «Сетевой город. Образование» (СГО), downloaded as «.xls» that are HTML pages: the header lines
 * («Учебный год: 2023/2024 Класс: 9Б Период: с 1.09.23 по 31.05.24 Ученик: …») and the table.
 *
 * <ul>
 *   <li><b>Final marks</b> («Итоговые отметки», «Сводная ведомость итоговых отметок», «Итоги успеваемости класса»):
 *       students × subjects, wide; a second header row may name the periods of each subject («1 четверть», …, «Год»).
 *   <li><b>The student report</b> («Отчет об успеваемости и посещаемости ученика»): subjects × days with «Средняя
 *       оценка»; version 5.x adds {@code «Средн. оценка <период>»} and {@code «Итог.оценка <период>»} — the final marks are taken from
 *       the «Итог.» columns, the marks of days are not attestation and are not kept.
 * </ul>
 *
 * <p>Cells that are not marks — attendance codes (Б, УП, НП, ОТ, ОП), blanks, text — are not marks and never 0; «н/а»,
 * «осв.», «зач.» are. Averages are kept as printed ({@link SgoImportResult.PrintedAverage}): СГО weights them by the type
 * of work, which the file does not say, so a plain mean of the marks would differ. Students' full names become
 * pseudonymous ids ({@link Pseudonyms}). Period dates come from the header «Период: с … по …» when it covers exactly
 * the period; otherwise the usual ones (quarters 1.09–31.10, 1.11–31.12, 9.01–20.03, 21.03–31.05; halves 1.09–31.12,
 * 9.01–31.05; trimesters 1.09–30.11, 1.12–28/29.02, 1.03–31.05) — only used to name the period.
 *
 * @since 0.1.0
 */
public final class SgoImport {
  private static final Pattern YEAR = Pattern.compile("учебный год:\\s*(\\d{4})\\s*/\\s*(\\d{4})");
  private static final Pattern CLASS = Pattern.compile("класс:\\s*(\\d{1,2}\\s*[\\p{L}\\d]{0,3})(?=\\s|$)");
  private static final Pattern PERIOD = Pattern.compile("(?<!учебный )период:\\s*с\\s*(\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})\\s*по\\s*"
      + "(\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})");
  private static final Pattern TERM = Pattern.compile("(?:(\\d)|\\b(i{1,3}|iv)\\b)\\s*[-–]?\\s*(?:я\\s*)?(четв|полугод|тримест)");
  private static final Set<String> ATTENDANCE = Set.of("б", "уп", "нп", "от", "оп", "н", "п");

  private SgoImport() {}

  /** Whether the file is an СГО report: an HTML page with «Учебный год:» and «Класс:» in its header. */
  public static boolean recognises(Path file) {
    try (TableSource source = TableSources.open(file, Optional.empty())) {
      if (!(source instanceof HtmlTableSource)) {
        return false;
      }
      String header = header(source);
      return YEAR.matcher(header).find() && CLASS.matcher(header).find();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String header(TableSource source) throws IOException {
    StringBuilder h = new StringBuilder();
    try (Stream<TableRow> rows = source.rows(HtmlTableSource.HEADER_SHEET)) {
      rows.forEach(r -> h.append(' ').append(String.join(" ", r.cells())));
    }
    return VprColumns.fold(h.toString());
  }

  /**
   * Reads the report.
   *
   * @throws ProblemException naming the file when it is not an СГО report or its header lacks the year or class
   */
  public static SgoImportResult read(Path file, Pseudonyms pseudonyms) {
    try (TableSource source = TableSources.open(file, Optional.empty())) {
      if (!(source instanceof HtmlTableSource)) {
        throw new ProblemException(List.of(Problem.ofFile(file.toString(), "не отчёт «Сетевого города»: ожидается страница "
            + "HTML, сохранённая как .xls")));
      }
      String header = header(source);
      Matcher y = YEAR.matcher(header);
      Matcher c = CLASS.matcher(header);
      if (!y.find() || !c.find()) {
        throw new ProblemException(List.of(Problem.ofFile(file.toString(), "в заголовке отчёта нет «Учебный год: ГГГГ/ГГГГ» "
            + "и «Класс: …»")));
      }
      AcademicYear year = AcademicYear.starting(Integer.parseInt(y.group(1)));
      ClassName className = ClassName.parse(c.group(1));
      Matcher p = PERIOD.matcher(header);
      Optional<LocalDate[]> headerPeriod = p.find() ? Optional.of(new LocalDate[] {date(p.group(1)), date(p.group(2))})
          : Optional.empty();
      Optional<String> studentName = studentName(source);
      String report = header.contains("успеваемости и посещаемости ученика") ? "Отчет об успеваемости и посещаемости ученика"
          : "Итоговые отметки";
      Reader reader = new Reader(file.toString(), pseudonyms, year, className, headerPeriod);
      for (String sheet : source.sheets()) {
        if (sheet.equals(HtmlTableSource.HEADER_SHEET)) {
          continue;
        }
        try (Stream<TableRow> rows = source.rows(sheet)) {
          reader.table(sheet, rows.toList(), studentName);
        }
      }
      if (reader.students.isEmpty()) {
        throw new ProblemException(List.of(Problem.ofFile(file.toString(), "в отчёте не найдена таблица: ни столбца «Ученик» "
            + "(ФИО) с предметами, ни строк предметов с «Итог.оценка» для ученика из заголовка")));
      }
      return new SgoImportResult(file.toString(), report, year, className, List.copyOf(reader.students.values()),
          reader.marks, reader.averages, reader.problems);
    } catch (IOException | UncheckedIOException e) {
      throw new ProblemException(List.of(Problem.ofFile(file.toString(), "не удаётся прочитать: " + e.getMessage())));
    }
  }

  /** The name after «Ученик:» on its own header line, up to the next «Класс:», «Период:» or «Учебный …:». */
  private static Optional<String> studentName(TableSource source) throws IOException {
    try (Stream<TableRow> rows = source.rows(HtmlTableSource.HEADER_SHEET)) {
      for (TableRow r : rows.toList()) {
        String line = String.join(" ", r.cells());
        int at = VprColumns.fold(line).indexOf("ученик:");
        if (at >= 0) {
          String rest = line.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
          rest = rest.substring(rest.toLowerCase(java.util.Locale.ROOT).indexOf("ученик:") + "ученик:".length());
          String name = rest.split("(?iu)\\s(?:класс|период|учебный год|учебный период)\\s*:")[0].strip();
          return name.isEmpty() ? Optional.empty() : Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  private static LocalDate date(String text) {
    String[] p = text.split("\\.");
    int year = Integer.parseInt(p[2]);
    return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(p[1]), Integer.parseInt(p[0]));
  }

  /** Reads the tables. */
  private static final class Reader {
    private final String file;
    private final Pseudonyms pseudonyms;
    private final AcademicYear year;
    private final ClassName className;
    private final Optional<LocalDate[]> headerPeriod;
    private final Map<String, Student> students = new LinkedHashMap<>();
    private final List<AttestationMark> marks = new ArrayList<>();
    private final List<SgoImportResult.PrintedAverage> averages = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> unknownSubjects = new LinkedHashMap<>();

    Reader(String file, Pseudonyms pseudonyms, AcademicYear year, ClassName className, Optional<LocalDate[]> headerPeriod) {
      this.file = file;
      this.pseudonyms = pseudonyms;
      this.year = year;
      this.className = className;
      this.headerPeriod = headerPeriod;
    }

    void table(String sheet, List<TableRow> rows, Optional<String> studentName) {
      for (int h = 0; h < rows.size() && h < 5; h++) {
        TableRow header = rows.get(h);
        int studentColumn = -1;
        for (int i = 0; i < header.cells().size(); i++) {
          String f = VprColumns.fold(header.cell(i));
          if (f.equals("ученик") || f.equals("ученики") || f.equals("фио") || f.equals("обучающийся") || f.startsWith("ф.и.о")
              || f.equals("фио ученика")) {
            studentColumn = i;
          }
        }
        if (studentColumn >= 0) {
          wide(sheet, rows, h, studentColumn);
          return;
        }
        if (VprColumns.fold(header.cell(0)).equals("предмет") && studentName.isPresent()) {
          studentReport(sheet, rows, h, studentName.get());
          return;
        }
      }
    }

    /** Students × subjects, with an optional row of periods under the subjects. */
    private void wide(String sheet, List<TableRow> rows, int h, int studentColumn) {
      TableRow header = rows.get(h);
      TableRow periods = h + 1 < rows.size() && isPeriodRow(rows.get(h + 1), studentColumn) ? rows.get(h + 1) : null;
      int first = h + (periods == null ? 1 : 2);
      for (int r = first; r < rows.size(); r++) {
        TableRow row = rows.get(r);
        String name = row.cell(studentColumn).strip();
        String folded = VprColumns.fold(name);
        if (name.isEmpty() || folded.startsWith("итого") || folded.startsWith("средн") || folded.startsWith("всего")) {
          continue;
        }
        Student s = student(name);
        for (int i = 0; i < header.cells().size(); i++) {
          if (i == studentColumn || VprColumns.fold(header.cell(i)).matches("№|n|№ п/п|") || i < studentColumn) {
            continue;
          }
          Optional<SchoolSubject> subject = subject(sheet, header, i, row);
          if (subject.isEmpty()) {
            continue;
          }
          Optional<ReportingPeriod> period = period(periods == null ? "" : periods.cell(i));
          if (period.isEmpty()) {
            continue;
          }
          mark(sheet, row, i, s.id(), subject.get(), period.get());
        }
      }
    }

    /** Subjects × days of one student; the final marks from «Итог.оценка <период>», the averages as printed. */
    private void studentReport(String sheet, List<TableRow> rows, int h, String studentName) {
      TableRow header = rows.get(h);
      Student s = student(studentName);
      for (int r = h + 1; r < rows.size(); r++) {
        TableRow row = rows.get(r);
        String subjectName = row.cell(0).strip();
        if (subjectName.isEmpty() || subjectName.matches("\\d+") || VprColumns.fold(subjectName).equals("предмет")) {
          continue; // the row of day numbers, under «Предмет» spanning two rows
        }
        Optional<SchoolSubject> subject = subject(sheet, header, 0, row);
        if (subject.isEmpty()) {
          continue;
        }
        for (int i = 1; i < header.cells().size(); i++) {
          String col = VprColumns.fold(header.cell(i));
          if (col.startsWith("итог")) {
            String label = col.replaceFirst("^итог\\.?\\s*оценка", "").strip();
            int column = i;
            period(label.isEmpty() ? "год" : label).ifPresent(p -> mark(sheet, row, column, s.id(), subject.get(), p));
          } else if (col.startsWith("средн") && !row.cell(i).isBlank()) {
            try {
              averages.add(new SgoImportResult.PrintedAverage(s.id(), subject.get().name(), header.cell(i).strip(),
                  Cells.decimal(row.cell(i))));
            } catch (Cells.BadValue e) {
              problems.add(problem(ProblemSeverity.WARNING, sheet, row, i, "средняя оценка «" + row.cell(i) + "» — не число"));
            }
          }
        }
      }
    }

    private boolean isPeriodRow(TableRow row, int studentColumn) {
      long periods = row.cells().stream().filter(c -> !c.isBlank() && periodOf(VprColumns.fold(c)).isPresent()).count();
      return periods > 0 && row.cell(studentColumn).isBlank() || periods >= 2;
    }

    private Student student(String name) {
      String id = pseudonyms.of(name);
      return students.computeIfAbsent(id, k -> new Student(k, className, year.start(), Optional.empty(), Set.of()));
    }

    private Optional<SchoolSubject> subject(String sheet, TableRow header, int column, TableRow row) {
      String text = column == 0 && row != header ? row.cell(0).strip() : header.cell(column).strip();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<SchoolSubject> known = SubjectNames.find(text);
      if (known.isPresent()) {
        return known;
      }
      if (unknownSubjects.putIfAbsent(text, column) == null) {
        problems.add(problem(ProblemSeverity.WARNING, sheet, row == header ? header : row, column, "предмет «" + text
            + "» не из справочника; записан как есть" + SubjectNames.candidates(text)));
      }
      return Optional.of(SchoolSubject.of(text));
    }

    private void mark(String sheet, TableRow row, int column, String studentId, SchoolSubject subject, ReportingPeriod period) {
      String cell = row.cell(column).strip();
      if (cell.isEmpty() || cell.equals("-") || cell.equals("—")) {
        return;
      }
      Optional<MarkValue> m = MarkValue.parse(cell);
      if (m.isEmpty()) {
        if (!ATTENDANCE.contains(VprColumns.fold(cell))) {
          problems.add(problem(ProblemSeverity.WARNING, sheet, row, column, "«" + cell + "» — не отметка; не учтена"));
        }
        return;
      }
      marks.add(new AttestationMark(studentId, subject, period, m.get()));
    }

    /** The period a column names; empty («год» by default) is the year unless the header gives one term. */
    private Optional<ReportingPeriod> period(String label) {
      String f = VprColumns.fold(label);
      if (f.isEmpty()) {
        if (headerPeriod.isPresent() && !covers(headerPeriod.get())) {
          return Optional.of(ReportingPeriod.custom(headerPeriod.get()[0], headerPeriod.get()[1]));
        }
        return Optional.of(ReportingPeriod.academicYear(year));
      }
      return periodOf(f).map(k -> k.kind() == PeriodKind.ACADEMIC_YEAR ? ReportingPeriod.academicYear(year)
          : term(k.kind(), k.number()));
    }

    private boolean covers(LocalDate[] p) {
      return !p[0].isAfter(year.start().plusDays(7)) && !p[1].isBefore(LocalDate.of(year.start().getYear() + 1, 5, 20));
    }

    private ReportingPeriod term(PeriodKind kind, int n) {
      if (headerPeriod.isPresent() && !covers(headerPeriod.get())) {
        return ReportingPeriod.term(kind, n, headerPeriod.get()[0], headerPeriod.get()[1]);
      }
      int y0 = year.start().getYear();
      int y1 = y0 + 1;
      LocalDate[] d = switch (kind) {
        case QUARTER -> switch (n) {
          case 1 -> new LocalDate[] {LocalDate.of(y0, 9, 1), LocalDate.of(y0, 10, 31)};
          case 2 -> new LocalDate[] {LocalDate.of(y0, 11, 1), LocalDate.of(y0, 12, 31)};
          case 3 -> new LocalDate[] {LocalDate.of(y1, 1, 9), LocalDate.of(y1, 3, 20)};
          default -> new LocalDate[] {LocalDate.of(y1, 3, 21), LocalDate.of(y1, 5, 31)};
        };
        case HALF_YEAR -> n == 1 ? new LocalDate[] {LocalDate.of(y0, 9, 1), LocalDate.of(y0, 12, 31)}
            : new LocalDate[] {LocalDate.of(y1, 1, 9), LocalDate.of(y1, 5, 31)};
        default -> switch (n) {
          case 1 -> new LocalDate[] {LocalDate.of(y0, 9, 1), LocalDate.of(y0, 11, 30)};
          case 2 -> new LocalDate[] {LocalDate.of(y0, 12, 1), java.time.YearMonth.of(y1, 2).atEndOfMonth()};
          default -> new LocalDate[] {LocalDate.of(y1, 3, 1), LocalDate.of(y1, 5, 31)};
        };
      };
      return ReportingPeriod.term(kind, n, d[0], d[1]);
    }

    private Problem problem(ProblemSeverity severity, String sheet, TableRow row, int column, String message) {
      return Problem.inFile(severity, file, Optional.of(sheet), OptionalInt.of(row.number()),
          column >= 0 ? Optional.of(ColumnNames.letter(column)) : Optional.empty(), Optional.empty(), Optional.empty(), message);
    }
  }

  /** A period named by a column: its kind and number. */
  private record Term(PeriodKind kind, int number) {}

  private static Optional<Term> periodOf(String folded) {
    if (folded.matches("год|годовая|за год|итог|итоговая|итоговая отметка|годовая отметка")) {
      return Optional.of(new Term(PeriodKind.ACADEMIC_YEAR, 1));
    }
    Matcher m = TERM.matcher(folded);
    if (!m.find()) {
      return Optional.empty();
    }
    int n = m.group(1) != null ? Integer.parseInt(m.group(1)) : switch (m.group(2)) {
      case "i" -> 1;
      case "ii" -> 2;
      case "iii" -> 3;
      default -> 4;
    };
    PeriodKind kind = m.group(3).startsWith("четв") ? PeriodKind.QUARTER : m.group(3).startsWith("полугод")
        ? PeriodKind.HALF_YEAR : PeriodKind.TRIMESTER;
    return n >= 1 && n <= kind.maxNumber() ? Optional.of(new Term(kind, n)) : Optional.empty();
  }
}
