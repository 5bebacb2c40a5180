package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.TaskScore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VprImportFormatsTest {
  @TempDir Path dir;

  /** Saves a workbook's first sheet with results as CSV the way a Russian Excel does: Windows-1251 and «;». */
  private Path saveAsCsv(Path xlsx, Path target, Charset charset) throws IOException {
    Files.createDirectories(target.getParent());
    try (XlsxTableSource source = XlsxTableSource.open(xlsx);
        Writer writer = new OutputStreamWriter(Files.newOutputStream(target), charset);
        CsvWriter csv = CsvWriter.builder().fieldSeparator(';').build(writer)) {
      String sheet = source.sheets().get(source.sheets().size() - 1);
      try (Stream<TableRow> rows = source.rows(sheet)) {
        for (Iterator<TableRow> it = rows.iterator(); it.hasNext(); ) {
          csv.writeRecord(it.next().cells());
        }
      }
    }
    return target;
  }

  @Test
  void csvSavedByARussianExcelReadsLikeTheWorkbook() throws IOException {
    for (String name : List.of("2020/4/Математика.xlsx", "2021/4/Проведение работы по математике, 4 класс. ВПР 2021.xlsx",
        "2022/5/Математика.xlsx")) {
      Path xlsx = SharedData.vpr(name);
      Path csv = saveAsCsv(xlsx, dir.resolve(name.replace(".xlsx", ".csv")), TextEncoding.WINDOWS_1251);
      VprImportResult fromXlsx = VprImport.read(xlsx, VprImportOptions.defaults());
      VprImportResult fromCsv = VprImport.read(csv, VprImportOptions.defaults());
      assertThat(fromCsv.layout()).isEqualTo(fromXlsx.layout());
      assertThat(List.of(fromCsv.subject(), fromCsv.grade(), fromCsv.year()))
          .containsExactly(fromXlsx.subject(), fromXlsx.grade(), fromXlsx.year());
      assertThat(fromCsv.results()).isEqualTo(fromXlsx.results());
      assertThat(fromCsv.problems()).allSatisfy(p -> assertThat(p.fileLocation().orElseThrow().sheet()).isEmpty());
    }
  }

  @Test
  void individualResultsOfASchoolWithTitleAndMetaRowsOnTheSecondSheet() throws IOException {
    Path file = dir.resolve("results.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "vsoko-test", "1.0");
      Worksheet info = wb.newWorksheet("Сведения");
      info.value(0, 0, "Отчёт сформирован в ФИС ОКО");
      Worksheet ws = wb.newWorksheet("Индивидуальные результаты");
      ws.value(0, 0, "ВПР 2024 Русский язык 5 класс");
      ws.value(1, 0, "Предмет");
      ws.value(1, 1, "Русский язык");
      ws.value(2, 0, "Максимальный первичный балл");
      ws.value(2, 1, 5);
      ws.value(3, 6, "Б");
      ws.value(3, 7, "П");
      String[] header = {"ОО", "Муниципалитет", "Название ОО", "Код участника", "Класс", "Вариант", "1 (2б)", "2К1 (3б)",
          "Первичный балл", "Отметка", "Отметка по журналу"};
      for (int i = 0; i < header.length; i++) {
        ws.value(4, i, header[i]);
      }
      Object[][] rows = {
        {"edu100001", "Город", "МБОУ СОШ № 1", "10001", "5А", "1", 2, 3, 5, 5, 4},
        {"edu100001", "Город", "МБОУ СОШ № 1", "10002", "5Б", "отсутствовал", "", "", "", "", "нет отметки"},
        {"edu100001", "Город", "МБОУ СОШ № 1", "10003", "5А", "2", "X", 9, 1, 2, "отл"},
      };
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof Integer n) {
            ws.value(5 + r, c, n);
          } else if (!v.toString().isEmpty()) {
            ws.value(5 + r, c, v.toString());
          }
        }
      }
      wb.finish();
    }
    VprImportResult r = VprImport.read(file, VprImportOptions.defaults());
    assertThat(r.layout()).isEqualTo(VprLayout.INDIVIDUAL_RESULTS);
    assertThat(r.sheet()).isEqualTo("Индивидуальные результаты");
    assertThat(List.of(r.subject(), r.grade(), r.year())).containsExactly(SchoolSubject.RUSSIAN, Grade.of(5), 2024);
    assertThat(r.results()).hasSize(3);
    assertThat(r.results().get(0)).satisfies(v -> {
      assertThat(v.className()).contains(ClassName.parse("5А"));
      assertThat(v.mark()).contains(MarkValue.FIVE);
      assertThat(v.journalMark()).contains(MarkValue.FOUR);
      assertThat(v.tasks()).containsExactly(new TaskScore("1", OptionalInt.of(2), OptionalInt.of(2)),
          new TaskScore("2К1", OptionalInt.of(3), OptionalInt.of(3)));
    });
    assertThat(r.results().get(1).absent()).isTrue();
    assertThat(r.results().get(1).journalMark()).isEmpty();
    assertThat(r.results().get(2).tasks()).containsExactly(new TaskScore("1", OptionalInt.empty(), OptionalInt.of(2)),
        new TaskScore("2К1", OptionalInt.empty(), OptionalInt.of(3)));
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        file + ", лист «Индивидуальные результаты», строка 8, столбец H («2К1 (3б)»): значение «9» — балл больше "
            + "максимального (3); задание считается невыполненным",
        file + ", лист «Индивидуальные результаты», строка 8, столбец K («Отметка по журналу»): значение «отл» — "
            + "отметка по журналу должна быть 2–5; считается отсутствующей");
  }

  @Test
  void textInANumberColumnIsReportedAtItsCellAndStrictModeFails() throws IOException {
    Path csv = dir.resolve("2023").resolve("6").resolve("История.csv");
    Files.createDirectories(csv.getParent());
    Files.writeString(csv, "Пользователь;Код;Вариант;1 (1б);2 (2б);Итого баллов;Отметка за предыдущий триместр/ четверть/полугодие\n"
        + "edu1 | МБОУ;60001;1;1;2;3;4\n"
        + "edu1 | МБОУ;60002;2;0;1;абв;5\n"
        + ";60003;1;0;0;0;3\n", StandardCharsets.UTF_8);
    VprImportResult r = VprImport.read(csv, VprImportOptions.defaults());
    assertThat(List.of(r.subject(), r.grade(), r.year())).containsExactly(SchoolSubject.HISTORY, Grade.of(6), 2023);
    assertThat(r.results()).hasSize(2);
    assertThat(r.participants()).isEqualTo(1);
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        csv + ", строка 3, столбец F («Итого баллов»): значение «абв» — участник не отмечен отсутствующим, но числового "
            + "первичного балла нет — строка сохранена и исключена из анализа",
        csv + ", строка 4, столбец A («Пользователь»): нет логина школы — строка не импортирована");
    assertThatThrownBy(() -> VprImport.read(csv, VprImportOptions.defaults().withMode(ImportMode.STRICT)))
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).problems()).hasSize(2));
  }

  @Test
  void brokenFilesAreClearErrorsNamingTheFile() throws IOException {
    byte[] real = Files.readAllBytes(SharedData.vpr("2022/5/Математика.xlsx"));
    Path truncated = dir.resolve("truncated.xlsx");
    Files.write(truncated, java.util.Arrays.copyOf(real, real.length / 2));
    assertThatThrownBy(() -> VprImport.read(truncated, VprImportOptions.defaults()))
        .isInstanceOf(ProblemException.class).hasMessageStartingWith(truncated + ": файл XLSX повреждён");
    Path text = dir.resolve("not.xlsx");
    Files.writeString(text, "code;sum\n1;2\n");
    assertThatThrownBy(() -> VprImport.read(text, VprImportOptions.defaults()))
        .hasMessage(text + ": не архив Office Open XML; ожидается книга Excel (XLSX)");
    Path xls = dir.resolve("old.xls");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
    assertThatThrownBy(() -> VprImport.read(xls, VprImportOptions.defaults())).hasMessageContaining("old.xls: файл XLS (Excel 97–2003) повреждён или не читается");
    Path noColumns = dir.resolve("2023/6/Русский язык.csv");
    Files.createDirectories(noColumns.getParent());
    Files.writeString(noColumns, "Пользователь;Код;Вариант;1 (1б)\nedu1;1;1;1\n");
    assertThatThrownBy(() -> VprImport.read(noColumns, VprImportOptions.defaults()))
        .hasMessageStartingWith(noColumns + ": не найден лист с результатами участников ВПР");
    assertThatThrownBy(() -> VprImport.read(dir.resolve("none.xlsx"), VprImportOptions.defaults()))
        .hasMessage(dir.resolve("none.xlsx") + ": файл не найден");
  }

  @Test
  void anArchiveThatInflatesPastTheBoundIsRefused() {
    Path real = SharedData.vpr("2022/5/Математика.xlsx");
    assertThatThrownBy(() -> {
      try (XlsxTableSource source = XlsxTableSource.open(real, 4096, 1L << 30);
          Stream<TableRow> rows = source.rows("Протокол")) {
        rows.count(); // the bound is enforced while the sheet streams, not by inflating it beforehand
      }
    })
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("распаковывается в слишком большой объём");
  }

  /** A sheet that declares an external entity must never pull the referenced file into the data. */
  @Test
  void xmlExternalEntitiesAreNeverResolved() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "СЕКРЕТ-42");
    Path hostile = dir.resolve("2022/5/Математика.xlsx");
    Files.createDirectories(hostile.getParent());
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(SharedData.vpr("2022/5/Математика.xlsx")));
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(hostile))) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8)
              .replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
              .replaceFirst("<t>Пользователь</t>", "<t>&xxe;</t>");
          bytes = xml.getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    assertThatThrownBy(() -> VprImport.read(hostile, VprImportOptions.defaults()))
        .isInstanceOf(ProblemException.class)
        .hasMessageStartingWith(hostile + ": файл повреждён или не читается")
        .hasMessageNotContaining("СЕКРЕТ-42");
  }

  @Test
  void unknownSubjectGradeOrYearIsAskedFor() throws IOException {
    Path csv = dir.resolve("results.csv");
    Files.writeString(csv, "Пользователь;Код;Вариант;1 (1б);Итого баллов\nedu1;1;1;1;1\n");
    assertThatThrownBy(() -> VprImport.read(csv, VprImportOptions.defaults()))
        .hasMessage(csv + ": не удалось определить предмет (--subject), класс (--grade), год (--year) ни из файла, "
            + "ни из его имени и папок; укажите их явно");
  }
}
