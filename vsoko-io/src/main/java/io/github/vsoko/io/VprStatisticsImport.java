package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.model.problem.ProblemSeverity;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.VprGroupLevel;
import io.github.vsoko.model.school.VprJournalStatistics;
import io.github.vsoko.model.school.VprMarkStatistics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the ФИС ОКО statistics reports of a ВПР work: Ф3 «Статистика по отметкам» (header «Группы участников | Кол-во
 * ОО | Кол-во участников | 2 | 3 | 4 | 5», percents) and «Сравнение отметок с отметками по журналу» (header «Группы
 * участников | Кол-во участников(всего) | Понизили … % | … Кол-во участников | Подтвердили … | Повысили …»). The work
 * comes from the preamble («ВПР 2024 Математика 4 класс», «Предмет:»), else the sheet name («МА 4 Статистика по
 * отметкам»), else the file and folder names; the header may be in any of the first 30 rows, the file name may be a
 * number.
 *
 * <p>Group levels: «Вся выборка» is Russia; a name without a code in brackets is the region; the first group with a
 * code is the municipality when the report prints the number of schools for it (Ф3) or comes before the others
 * (the comparison); a group whose number of schools is empty, or any later group with a code, is a school. A percent
 * that disagrees with its count (by more than the printed rounding), or mark shares that do not add up to 100 ± 0.1,
 * is a located warning; a row whose numbers cannot be read is a located error and is not kept.
 *
 * @since 0.1.0
 */
public final class VprStatisticsImport {
  private static final int HEADER_SEARCH_ROWS = 30;
  private static final Pattern CODE = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");

  private VprStatisticsImport() {}

  /** Whether the file holds one of the statistics reports (read only as far as its header). */
  public static boolean recognises(Path file) {
    try (TableSource source = TableSources.open(file, Optional.empty())) {
      for (String sheet : source.sheets()) {
        try (Stream<TableRow> rows = source.rows(sheet)) {
          Iterator<TableRow> it = rows.iterator();
          for (int seen = 0; it.hasNext() && seen < HEADER_SEARCH_ROWS; seen++) {
            if (kind(it.next()).isPresent()) {
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
   * Reads the first sheet holding a statistics report.
   *
   * @throws ProblemException naming the file when it cannot be read, holds no such report, or its work (subject,
   *     grade, year) cannot be told
   */
  public static VprStatisticsResult read(Path file) {
    try (TableSource source = TableSources.open(file, Optional.empty())) {
      for (String sheet : source.sheets()) {
        try (Stream<TableRow> rows = source.rows(sheet)) {
          Optional<VprStatisticsResult> r = readSheet(file, source, sheet, rows.iterator());
          if (r.isPresent()) {
            return r.get();
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ProblemException(List.of(Problem.ofFile(file.toString(), "не удаётся прочитать: " + e.getMessage())));
    }
    throw new ProblemException(List.of(Problem.ofFile(file.toString(), "нет ни «Статистики по отметкам» (Группы участников"
        + " | Кол-во ОО | Кол-во участников | 2 | 3 | 4 | 5), ни «Сравнения отметок с отметками по журналу»")));
  }

  private static Optional<VprStatisticsKind> kind(TableRow row) {
    if (!VprColumns.fold(row.cell(0)).startsWith("группы участников")) {
      return Optional.empty();
    }
    String all = VprColumns.fold(String.join("|", row.cells()));
    if (all.contains("понизили")) {
      return Optional.of(VprStatisticsKind.JOURNAL);
    }
    int twos = 0;
    for (String c : row.cells()) {
      if (c.strip().matches("[2-5]")) {
        twos++;
      }
    }
    return twos == 4 ? Optional.of(VprStatisticsKind.MARKS) : Optional.empty();
  }

  private static Optional<VprStatisticsResult> readSheet(Path file, TableSource source, String sheet, Iterator<TableRow> rows) {
    Optional<SchoolSubject> subject = Optional.empty();
    OptionalInt grade = OptionalInt.empty();
    OptionalInt year = OptionalInt.empty();
    TableRow header = null;
    VprStatisticsKind kind = null;
    for (int seen = 0; rows.hasNext() && seen < HEADER_SEARCH_ROWS; seen++) {
      TableRow row = rows.next();
      Optional<VprStatisticsKind> k = kind(row);
      if (k.isPresent()) {
        header = row;
        kind = k.get();
        break;
      }
      for (int i = 0; i < row.cells().size(); i++) {
        Optional<Matcher> title = VprFileNames.title(row.cell(i));
        if (title.isPresent()) {
          year = OptionalInt.of(Integer.parseInt(title.get().group(1)));
          subject = subject.or(() -> VprFileNames.subject(title.get().group(2)));
          grade = OptionalInt.of(Integer.parseInt(title.get().group(3)));
        }
        if (VprColumns.fold(row.cell(i)).equals("предмет:") || VprColumns.fold(row.cell(i)).equals("предмет")) {
          subject = VprFileNames.subject(row.cell(i + 1)).or(subjectOf(row.cell(i + 1)));
        }
      }
    }
    if (header == null) {
      return Optional.empty();
    }
    String where = file.getFileName() + " " + sheet + " " + file;
    subject = subject.or(() -> VprFileNames.sheetSubject(sheet)).or(() -> VprFileNames.subject(where));
    if (grade.isEmpty()) {
      grade = VprFileNames.sheetGrade(sheet);
    }
    if (grade.isEmpty()) {
      grade = VprFileNames.grade(where);
    }
    if (grade.isEmpty()) {
      grade = VprFileNames.gradeFolder(file);
    }
    if (year.isEmpty()) {
      year = VprFileNames.year(file.getFileName().toString());
    }
    if (year.isEmpty()) {
      year = VprFileNames.yearFolder(file);
    }
    if (subject.isEmpty() || grade.isEmpty() || year.isEmpty()) {
      throw new ProblemException(List.of(Problem.inFile(ProblemSeverity.ERROR, file.toString(), Optional.of(sheet),
          OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "не удаётся определить работу ("
          + (subject.isEmpty() ? "предмет " : "") + (grade.isEmpty() ? "класс " : "") + (year.isEmpty() ? "год " : "")
          + "): ожидается заголовок «ВПР <год> <предмет> <класс> класс» над таблицей, имя листа вида «МА 4 …» или "
          + "предмет, класс и год в имени файла или папок")));
    }
    return Optional.of(new Reader(file.toString(), source.isCsv() ? Optional.empty() : Optional.of(sheet), kind, header,
        subject.get(), Grade.of(grade.getAsInt()), year.getAsInt()).read(rows, sheet));
  }

  /** A cell that cannot be read, with its column (−1 for the whole row). */
  private static final class BadCell extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int column;

    BadCell(String message, int column) {
      super(message, null, false, false);
      this.column = column;
    }
  }

  private static java.util.function.Supplier<Optional<SchoolSubject>> subjectOf(String text) {
    return () -> text.isBlank() ? Optional.empty() : Optional.of(SchoolSubject.of(text.strip()));
  }

  /** Reads the rows after a recognised header. */
  private static final class Reader {
    private final String file;
    private final Optional<String> sheet;
    private final VprStatisticsKind kind;
    private final TableRow header;
    private final SchoolSubject subject;
    private final Grade grade;
    private final int year;
    private final List<Problem> problems = new ArrayList<>();
    private final List<VprMarkStatistics> marks = new ArrayList<>();
    private final List<VprJournalStatistics> journal = new ArrayList<>();
    private boolean municipalitySeen;

    Reader(String file, Optional<String> sheet, VprStatisticsKind kind, TableRow header, SchoolSubject subject, Grade grade,
        int year) {
      this.file = file;
      this.sheet = sheet;
      this.kind = kind;
      this.header = header;
      this.subject = subject;
      this.grade = grade;
      this.year = year;
    }

    VprStatisticsResult read(Iterator<TableRow> rows, String sheetName) {
      while (rows.hasNext()) {
        TableRow row = rows.next();
        if (row.isBlank() || row.cell(0).isBlank()) {
          continue;
        }
        try {
          if (kind == VprStatisticsKind.MARKS) {
            marks(row);
          } else {
            journal(row);
          }
        } catch (BadCell e) {
          problems.add(problem(ProblemSeverity.ERROR, row, e.column, e.getMessage() + "; строка не учтена"));
        }
      }
      return new VprStatisticsResult(file, sheetName, kind, marks, journal, problems);
    }

    private void marks(TableRow row) {
      int groups = column("группы участников");
      int schools = column("кол-во оо");
      int participants = column("кол-во участников");
      int[] mark = new int[4];
      for (int i = 0; i < header.cells().size(); i++) {
        String h = header.cell(i).strip();
        if (h.matches("[2-5]")) {
          mark[Integer.parseInt(h) - 2] = i;
        }
      }
      String[] nameCode = nameCode(row.cell(groups));
      OptionalInt ooCount = row.cell(schools).isBlank() ? OptionalInt.empty() : OptionalInt.of((int) integer(row, schools));
      VprGroupLevel level = level(nameCode, ooCount.isPresent(), true);
      List<BigDecimal> percents = new ArrayList<>();
      BigDecimal sum = BigDecimal.ZERO;
      for (int m = 0; m < 4; m++) {
        BigDecimal p = decimal(row, mark[m]);
        percents.add(p);
        sum = sum.add(p);
      }
      if (sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.1")) > 0) {
        problems.add(problem(ProblemSeverity.WARNING, row, -1, "доли отметок «2»–«5» дают в сумме " + sum.toPlainString()
            + " %, а не 100 %"));
      }
      marks.add(new VprMarkStatistics(subject, grade, year, level, nameCode[0], Optional.ofNullable(nameCode[1]), ooCount,
          integer(row, participants), percents));
    }

    private void journal(TableRow row) {
      int groups = column("группы участников");
      int all = column("кол-во участников");
      int[][] pairs = new int[3][2]; // percent column, count column for понизили, подтвердили, повысили
      String[] words = {"понизили", "подтвердили", "повысили"};
      for (int w = 0; w < 3; w++) {
        pairs[w][0] = -1;
        pairs[w][1] = -1;
        for (int i = 0; i < header.cells().size(); i++) {
          String h = VprColumns.fold(header.cell(i));
          if (h.startsWith(words[w])) {
            if (h.endsWith("%") && pairs[w][0] < 0) {
              pairs[w][0] = i;
            } else if (h.contains("кол-во") && pairs[w][1] < 0) {
              pairs[w][1] = i;
            }
          }
        }
        if (pairs[w][0] < 0 || pairs[w][1] < 0) {
          throw new BadCell("в заголовке нет пары столбцов «" + words[w] + " … %» и «… Кол-во участников»", -1);
        }
      }
      String[] nameCode = nameCode(row.cell(groups));
      VprGroupLevel level = level(nameCode, !municipalitySeen, false);
      long total = integer(row, all);
      long[] counts = new long[3];
      BigDecimal[] percents = new BigDecimal[3];
      for (int w = 0; w < 3; w++) {
        counts[w] = integer(row, pairs[w][1]);
        percents[w] = decimal(row, pairs[w][0]);
        if (total > 0) {
          BigDecimal computed = BigDecimal.valueOf(counts[w] * 100).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
          if (computed.subtract(percents[w]).abs().compareTo(new BigDecimal("0.06")) > 0) {
            problems.add(problem(ProblemSeverity.WARNING, row, pairs[w][0], "«" + words[w] + "»: " + percents[w].toPlainString()
                + " % не согласуется с числом " + counts[w] + " из " + total + " (" + computed.setScale(2, RoundingMode.HALF_UP)
                .toPlainString() + " %)"));
          }
        }
      }
      if (counts[0] + counts[1] + counts[2] != total) {
        problems.add(problem(ProblemSeverity.WARNING, row, all, "понизили + подтвердили + повысили = "
            + (counts[0] + counts[1] + counts[2]) + ", а участников " + total));
      }
      journal.add(new VprJournalStatistics(subject, grade, year, level, nameCode[0], Optional.ofNullable(nameCode[1]), total,
          counts[0], percents[0], counts[1], percents[1], counts[2], percents[2]));
    }

    /** The level by the printed form (see the class comment). */
    private VprGroupLevel level(String[] nameCode, boolean municipalityCandidate, boolean marksReport) {
      if (VprColumns.fold(nameCode[0]).equals("вся выборка")) {
        return VprGroupLevel.RUSSIA;
      }
      if (nameCode[1] == null) {
        return VprGroupLevel.REGION;
      }
      if (municipalityCandidate && (marksReport || !municipalitySeen)) {
        municipalitySeen = true;
        return VprGroupLevel.MUNICIPALITY;
      }
      return VprGroupLevel.SCHOOL;
    }

    private static String[] nameCode(String cell) {
      String t = cell.replace('\u00A0', ' ').strip();
      Matcher m = CODE.matcher(t);
      return m.matches() && !m.group(1).isBlank() ? new String[] {m.group(1).strip(), m.group(2).strip()}
          : new String[] {t, null};
    }

    private int column(String prefix) {
      for (int i = 0; i < header.cells().size(); i++) {
        if (VprColumns.fold(header.cell(i)).startsWith(prefix)) {
          return i;
        }
      }
      throw new BadCell("в заголовке нет столбца «" + prefix + "»", -1);
    }

    private static long integer(TableRow row, int column) {
      try {
        return Cells.integer(row.cell(column));
      } catch (Cells.BadValue e) {
        throw new BadCell(e.getMessage() + ", а не «" + row.cell(column) + "»", column);
      }
    }

    private static BigDecimal decimal(TableRow row, int column) {
      try {
        return Cells.decimal(row.cell(column));
      } catch (Cells.BadValue e) {
        throw new BadCell(e.getMessage() + ", а не «" + row.cell(column) + "»", column);
      }
    }

    private Problem problem(ProblemSeverity severity, TableRow row, int column, String message) {
      return Problem.inFile(severity, file, sheet, OptionalInt.of(row.number()),
          column >= 0 ? Optional.of(ColumnNames.letter(column)) : Optional.empty(),
          column >= 0 ? Optional.of(header.cell(column)) : Optional.empty(),
          column >= 0 ? Optional.of(row.cell(column)) : Optional.empty(), message);
    }
  }
}
