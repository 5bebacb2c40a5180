package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.school.CertificateStatus;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.ContestLevel;
import io.github.vsoko.model.school.Employment;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.QualificationCategory;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.StaffCategory;
import io.github.vsoko.model.school.StudentFlag;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchoolTablesImportTest {
  @TempDir Path dir;

  private static void sheet(Workbook wb, String name, String[]... rows) {
    Worksheet ws = wb.newWorksheet(name);
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        if (!rows[r][c].isEmpty()) {
          ws.value(r, c, rows[r][c]);
        }
      }
    }
  }

  private Path workbook() throws IOException {
    Path file = dir.resolve("школа.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      sheet(wb, "Организация",
          new String[] {"Идентификатор", "Краткое наименование", "Вид", "Отчётный год", "Логин ФИС ОКО"},
          new String[] {"sch1", "МБОУ СОШ № 1", "общеобразовательная", "2024", "edu100001"});
      sheet(wb, "Учащиеся",
          new String[] {"Идентификатор учащегося", "Класс", "Уровень", "Дата зачисления", "Дата выбытия", "ОВЗ", "Комментарий"},
          new String[] {"s1", "5А", "ООО", "01.09.2020", "", "да", "переведён"},
          new String[] {"s2", "10 б", "ООО", "01.09.2019", "", "нет", ""},
          new String[] {"s3", "9А", "", "31.02.2019", "", "", ""},
          new String[] {"s1", "6А", "", "01.09.2020", "", "", ""},
          new String[] {"g1", "9А", "", "01.09.2015", "30.06.2024", "", ""});
      sheet(wb, "Работники",
          new String[] {"Идентификатор работника", "Должность", "Категория", "Занятость", "Образование",
              "Педагогической направленности", "Квалификационная категория", "Педагогический стаж, лет", "Дата рождения", "Дата приёма"},
          new String[] {"t1", "учитель математики", "педагогический", "основное место работы", "высшее", "да", "высшая", "12",
              "10.05.1985", "01.09.2010"},
          new String[] {"t2", "учитель", "педагогический", "внешний совместитель", "высшее", "нет", "", "abc", "10.05.1990",
              "01.09.2015"});
      sheet(wb, "Повышение квалификации",
          new String[] {"Идентификатор работника", "Вид", "Программа", "Часов", "Дата окончания", "По ФГОС"},
          new String[] {"t1", "ПК", "ФГОС ООО", "36", "15.03.2023", "да"},
          new String[] {"t9", "ПК", "ФГОС СОО", "36", "15.03.2023", "да"});
      sheet(wb, "Отметки",
          new String[] {"Идентификатор учащегося", "Предмет", "Учебный год", "Отметка"},
          new String[] {"s1", "Математика", "2023/2024", "5"},
          new String[] {"s2", "Русский язык", "2023/2024", "6"},
          new String[] {"x9", "Русский язык", "2023/2024", "4"});
      sheet(wb, "Аттестаты",
          new String[] {"Идентификатор учащегося", "Уровень", "Год", "Аттестат"},
          new String[] {"g1", "ООО", "2024", "с отличием"});
      sheet(wb, "Олимпиады",
          new String[] {"Идентификатор учащегося", "Мероприятие", "Уровень", "Результат", "Дата"},
          new String[] {"s1", "ВсОШ по математике", "муниципальный", "призёр", "20.11.2024"});
      sheet(wb, "Инфраструктура",
          new String[] {"Компьютеров в учебном процессе", "Экземпляров учебной и учебно-методической литературы",
              "Площадь для образовательной деятельности, кв. м", "Читальный зал", "Широкополосный интернет"},
          new String[] {"40", "5200", "1 850,5", "да", "да"});
      sheet(wb, "Заметки", new String[] {"что-то"}, new String[] {"ещё"});
      wb.finish();
    }
    return file;
  }

  @Test
  void readsEveryTableKeepingGoodRowsAndLocatingEveryProblem() throws IOException {
    Path file = workbook();
    SchoolTablesResult result = SchoolTablesImport.read(List.of(file), ImportMode.LENIENT);
    SchoolData data = result.data();
    assertThat(data.organization().fisOkoLogin()).contains("edu100001");
    assertThat(data.period().asOfDate()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(data.students()).extracting(s -> s.id()).containsExactly("s1", "s2", "g1");
    assertThat(data.student("s1").orElseThrow().has(StudentFlag.SPECIAL_NEEDS)).isTrue();
    assertThat(data.student("s2").orElseThrow().className()).isEqualTo(ClassName.parse("10Б"));
    assertThat(data.staff()).singleElement().satisfies(t -> {
      assertThat(t.category()).isEqualTo(StaffCategory.TEACHING);
      assertThat(t.employment()).isEqualTo(Employment.MAIN);
      assertThat(t.qualificationCategory()).isEqualTo(QualificationCategory.HIGHEST);
      assertThat(t.training()).singleElement().satisfies(tr -> assertThat(tr.concernsFgos()).isTrue());
      assertThat(t.experience().orElseThrow().yearsOn(LocalDate.of(2024, 12, 31))).isEqualTo(12);
    });
    assertThat(data.marks()).singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(MarkValue.FIVE));
    assertThat(data.certificates()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CertificateStatus.ISSUED_WITH_HONOURS));
    assertThat(data.contests()).singleElement().satisfies(c -> assertThat(c.level()).isEqualTo(ContestLevel.MUNICIPAL));
    assertThat(data.infrastructure().orElseThrow().educationalArea()).isEqualByComparingTo(new BigDecimal("1850.5"));
    assertThat(result.problems()).extracting(Problem::toString).containsExactly(
        file + ", лист «Заметки», строка 1: лист не распознан ни как одна из таблиц (Организация, Учащиеся, История классов, Работники, Нагрузка, "
            + "Повышение квалификации, Отметки, ГИА, Аттестаты, Олимпиады, Инфраструктура, Выпускники, Функциональная грамотность, Анкетирование) "
            + "и пропущен",
        file + ", лист «Отметки», строка 3, столбец D («Отметка»): значение «6» — ожидается 2–5, н/а, осв., зачёт или незачёт; "
            + "строка не импортирована",
        file + ", лист «Отметки», строка 4, столбец A («Идентификатор учащегося»): значение «x9» — учащегося с таким "
            + "идентификатором нет в таблице «Учащиеся»; строка не импортирована",
        file + ", лист «Повышение квалификации», строка 3, столбец A («Идентификатор работника»): значение «t9» — работника "
            + "с таким идентификатором нет в таблице «Работники»; строка не импортирована",
        file + ", лист «Работники», строка 3, столбец H («Педагогический стаж, лет»): значение «abc» — ожидается целое "
            + "число; строка не импортирована",
        file + ", лист «Учащиеся», строка 1, столбец G («Комментарий»): столбец не входит в таблицу «Учащиеся»; его значения "
            + "не импортированы",
        file + ", лист «Учащиеся», строка 3, столбец C («Уровень»): значение «ООО» — уровень не совпадает с классом 10Б (СОО); "
            + "уровень берётся по классу",
        file + ", лист «Учащиеся», строка 4, столбец D («Дата зачисления»): значение «31.02.2019» — ожидается существующая "
            + "дата в виде ДД.ММ.ГГГГ; строка не импортирована",
        file + ", лист «Учащиеся», строка 5, столбец A («Идентификатор учащегося»): значение «s1» — идентификатор учащегося "
            + "повторяется; строка не импортирована");
    assertThatThrownBy(() -> SchoolTablesImport.read(List.of(file), ImportMode.STRICT))
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).problems()).hasSize(9));
  }

  @Test
  void csvFilesPerTableWithEnglishHeadersCommasAndWindows1251() throws IOException {
    Charset cp1251 = TextEncoding.WINDOWS_1251;
    Files.writeString(dir.resolve("organization.csv"), "id,short name,kind,year\nsch2,\"Школа № 2, филиал\",школа,2024\n", cp1251);
    Files.writeString(dir.resolve("students.csv"), "student id,class,enrolled on,advanced study\ns1,7В,01.09.2019,да\n", cp1251);
    Files.writeString(dir.resolve("infrastructure.csv"), "computers,educational literature,educational area\n3,100,\"120,25\"\n", cp1251);
    SchoolTablesResult r = SchoolTablesImport.read(List.of(dir.resolve("organization.csv"), dir.resolve("students.csv"),
        dir.resolve("infrastructure.csv")), ImportMode.STRICT);
    assertThat(r.data().organization().shortName()).isEqualTo("Школа № 2, филиал");
    assertThat(r.data().students()).singleElement().satisfies(s -> assertThat(s.has(StudentFlag.ADVANCED_STUDY)).isTrue());
    assertThat(r.data().infrastructure().orElseThrow().educationalArea()).isEqualByComparingTo("120.25");
  }

  @Test
  void examPartScoresAndTheNewStudentFlagsRoundTripThroughCanonicalJson() throws IOException {
    Files.writeString(dir.resolve("organization.csv"), "id;short name;kind;year\nsch2;Школа № 2;школа;2024\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("students.csv"), "student id;class;enrolled on;underachieving;ИОМ;remedial classes;textbooks provided\n"
        + "s1;9А;01.09.2019;да;да;нет;да\ns2;9А;01.09.2019;нет;нет;нет;да\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("exams.csv"), "student id;exam;form;subject;primary score;mark;year;Баллы по частям\n"
        + "s1;ГИА-9;ОГЭ;Математика;12;3;2024;\"Геометрия: 3; алгебра: 9\"\n"
        + "s2;ГИА-9;ОГЭ;Математика;12;3;2024;геометрия 3\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Функциональная грамотность.csv"), "Идентификатор учащегося;Направление;Дата;Балл;Уровень;Платформа\n"
        + "s1;читательская грамотность;15.10.2024;;средний;РЭШ\ns2;Финансовая;15.10.2024;63,5;;\ns2;креативное мышление;15.10.2024;;;\n",
        StandardCharsets.UTF_8);
    SchoolTablesResult r = SchoolTablesImport.read(List.of(dir.resolve("organization.csv"), dir.resolve("students.csv"),
        dir.resolve("exams.csv"), dir.resolve("Функциональная грамотность.csv")), ImportMode.LENIENT);
    assertThat(r.data().literacy()).extracting(l -> l.studentId() + " " + l.direction() + " " + l.level().map(Enum::name).orElse("-")
        + " " + l.score().map(BigDecimal::toPlainString).orElse("-") + " " + l.source().orElse("-"))
        .containsExactly("s1 READING MEDIUM - РЭШ", "s2 FINANCIAL - 63.5 -");
    assertThat(r.data().student("s1").orElseThrow().flags()).containsExactlyInAnyOrder(StudentFlag.UNDERACHIEVING,
        StudentFlag.INDIVIDUAL_ROUTE, StudentFlag.TEXTBOOKS_PROVIDED);
    assertThat(r.data().exams()).singleElement().satisfies(e -> {
      assertThat(e.partScores()).containsExactly(java.util.Map.entry("алгебра", 9), java.util.Map.entry("геометрия", 3));
      assertThat(e.partScore("ГЕОМЕТРИЯ")).hasValue(3);
    });
    assertThat(r.problems()).hasSize(2);
    assertThat(r.problems().get(0)).asString().contains("exams.csv", "строка 3", "«Баллы по частям»",
        "ожидается «часть: баллы; часть: баллы»");
    assertThat(r.problems().get(1)).asString().contains("Функциональная грамотность.csv", "строка 4", "нужен уровень (недостаточный … высокий) или балл; строка не импортирована");
    Path json = dir.resolve("school.json");
    CanonicalJson.write(r.data(), json);
    assertThat(Files.readString(json)).contains("\"partScores\" : {", "\"геометрия\" : 3");
    assertThat(CanonicalJson.read(json).exams()).isEqualTo(r.data().exams());
  }

  @Test
  void theOrganizationRowCarriesItsGeneralInformationAndABadEmailIsLocated() throws IOException {
    Files.writeString(dir.resolve("Организация.csv"), "Идентификатор;Краткое наименование;Вид;Отчётный год;Учредитель;"
        + "Электронная почта;Лицензия;Дата лицензии;Руководитель\n"
        + "sch;Школа;школа;2024;Управление образования;school@example.ru;Л035-1;15.03.2016;Светлова Мария Борисовна\n",
        StandardCharsets.UTF_8);
    SchoolTablesResult r = SchoolTablesImport.read(List.of(dir.resolve("Организация.csv")), ImportMode.LENIENT);
    var d = r.data().organization().detailsOrEmpty();
    assertThat(d.founder()).contains("Управление образования");
    assertThat(d.licence()).contains(io.github.vsoko.model.organization.RegistryEntry.of("Л035-1", java.time.LocalDate.of(2016, 3, 15)));
    assertThat(d.headPosition()).contains("Директор");
    Path json = dir.resolve("school.json");
    CanonicalJson.write(r.data(), json);
    assertThat(CanonicalJson.read(json).organization()).isEqualTo(r.data().organization());

    Files.writeString(dir.resolve("Организация.csv"), "Идентификатор;Краткое наименование;Вид;Отчётный год;Электронная почта\n"
        + "sch;Школа;школа;2024;школа собака ру\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SchoolTablesImport.read(List.of(dir.resolve("Организация.csv")), ImportMode.LENIENT))
        .hasMessageContaining("строка 2").hasMessageContaining("Электронная почта")
        .hasMessageContaining("ожидается адрес электронной почты");
  }

  @Test
  void theClassHistoryIsReadAndABadRowIsLocatedWithoutLosingTheOthers() throws IOException {
    Files.writeString(dir.resolve("Организация.csv"), "Идентификатор;Краткое наименование;Вид;Отчётный год\nsch;Школа;школа;2024\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Учащиеся.csv"), "Идентификатор учащегося;Класс;Дата зачисления\ns1;5А;01.09.2020\n",
        StandardCharsets.UTF_8);
    Path history = dir.resolve("История классов.csv");
    Files.writeString(history, "Идентификатор учащегося;Учебный год;Класс;С;По;Итог года\n"
        + "s1;2023/2024;4Б;;14.01.2024;переведён в другой класс\n"
        + "s1;2023/2024;4А;15.01.2024;;переведён\n"
        + "s1;2022/2023;3А;;01.10.2023;\n", StandardCharsets.UTF_8);
    SchoolTablesResult r = SchoolTablesImport.read(List.of(dir.resolve("Организация.csv"), dir.resolve("Учащиеся.csv"), history),
        ImportMode.LENIENT);
    assertThat(r.data().enrolments()).hasSize(2);
    assertThat(r.data().classOf("s1", java.time.LocalDate.of(2024, 5, 31))).contains(io.github.vsoko.model.school.ClassName.parse("4А"));
    assertThat(r.problems()).extracting(Problem::toString).singleElement().asString()
        .contains("История классов.csv", "строка 4", "По", "вне 2022/2023 учебного года");
  }

  @Test
  void surveyAnswersAreReadAndARepeatedOptionIsLocatedWithoutLosingTheOthers() throws IOException {
    Files.writeString(dir.resolve("Организация.csv"), "Идентификатор;Краткое наименование;Вид;Отчётный год\nsch;Школа;школа;2024\n",
        StandardCharsets.UTF_8);
    Path surveys = dir.resolve("Анкетирование.csv");
    Files.writeString(surveys, "Анкета;Респонденты;Дата;Вопрос;Вариант ответа;Число ответов;Оценка варианта\n"
        + "Удовлетворённость;родители;15.03.2024;Качество обучения;удовлетворён;30;положительный\n"
        + "Удовлетворённость;родители;15.03.2024;Качество обучения;не удовлетворён;5;отрицательный\n"
        + "Удовлетворённость;родители;15.03.2024;Качество обучения;затрудняюсь ответить;5;затрудняюсь ответить\n"
        + "Удовлетворённость;родители;15.03.2024;Качество обучения;удовлетворён;2;положительный\n"
        + "Удовлетворённость;учащиеся;15.03.2024;Сколько кружков посещаете;два;12;не оценочный\n"
        + "Удовлетворённость;соседи;15.03.2024;Качество обучения;да;1;положительный\n", StandardCharsets.UTF_8);
    SchoolTablesResult r = SchoolTablesImport.read(List.of(dir.resolve("Организация.csv"), surveys), ImportMode.LENIENT);
    assertThat(r.data().surveys()).extracting(a -> a.group() + " " + a.option() + " " + a.count() + " " + a.rating())
        .containsExactly("PARENTS удовлетворён 30 POSITIVE", "PARENTS не удовлетворён 5 NEGATIVE",
            "PARENTS затрудняюсь ответить 5 UNDECIDED", "STUDENTS два 12 UNRATED");
    assertThat(r.problems()).extracting(Problem::toString).satisfiesExactly(
        p -> assertThat(p).contains("Анкетирование.csv", "строка 5", "уже указан (в строке 2)", "строка не импортирована"),
        p -> assertThat(p).contains("Анкетирование.csv", "строка 7", "Респонденты", "соседи"));
  }

  @Test
  void aMissingRequiredColumnFailsTheTableAndNamesTheColumns() throws IOException {
    Files.writeString(dir.resolve("Организация.csv"), "Идентификатор;Краткое наименование;Вид;Отчётный год\nsch;Школа;школа;2024\n",
        StandardCharsets.UTF_8);
    Path students = dir.resolve("Учащиеся.csv");
    Files.writeString(students, "Идентификатор учащегося;Класс\ns1;5А\n", StandardCharsets.UTF_8);
    SchoolTablesResult r = SchoolTablesImport.read(List.of(dir.resolve("Организация.csv"), students), ImportMode.LENIENT);
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        students + ", строка 1: в таблице «Учащиеся» нет обязательных столбцов: Дата зачисления; таблица не импортирована");
    assertThatThrownBy(() -> SchoolTablesImport.read(List.of(students), ImportMode.LENIENT))
        .hasMessageContaining("нет таблицы «Организация»");
  }

  @Test
  void templatesHaveEveryTableAndReadBackAsEmptyTables() throws IOException {
    List<Path> files = SchoolTemplates.write(dir.resolve("t"));
    assertThat(files).hasSize(SchoolTable.values().length + 1);
    byte[] csv = Files.readAllBytes(dir.resolve("t").resolve("Учащиеся.csv"));
    assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFИдентификатор учащегося;Класс;Уровень;");
    try (XlsxTableSource x = XlsxTableSource.open(dir.resolve("t").resolve(SchoolTemplates.WORKBOOK))) {
      assertThat(x.sheets()).startsWith("Инструкция", "Списки", "Организация", "Учащиеся");
    }
    assertThatThrownBy(() -> SchoolTablesImport.read(List.of(dir.resolve("t").resolve(SchoolTemplates.WORKBOOK)), ImportMode.LENIENT))
        .hasMessageContaining("нет таблицы «Организация» с одной строкой");
  }
}
