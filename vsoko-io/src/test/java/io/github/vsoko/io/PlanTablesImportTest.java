package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.check.ModelCheck;
import io.github.vsoko.model.fixtures.School29Regulation;
import io.github.vsoko.model.framework.Responsible;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.RoadMapAction;
import io.github.vsoko.model.plan.RoadMapSection;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.time.AcademicYear;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanTablesImportTest {
  @TempDir Path dir;

  private static final String UVR_MO = "Заместители директора по УВР, руководители МО";

  /** The plan table of the regulation of МБОУ СОШ № 29 as a school types it in Excel: merged cells left empty, line breaks inside cells. */
  static final String[][] SEED_004_PLAN = {
    {"План функционирования ВСОКО в МБОУ СОШ №29"},
    {},
    {"Объект/предмет ВСОКО", "Критерии оценки качества образования", "Показатели оценки качества образования", "Ответственный",
        "Сроки", "Формат документа"},
    {"Качество образовательных результатов"},
    {"Планируемые результаты (предметные и метапредметные) освоения обучающимися основных общеобразовательных программ НОО, "
        + "ООО, СОО; предметные результаты обучения",
        "Статистические данные: качество обучения, успеваемость; внутренняя диагностика – текущий контроль успеваемости, "
            + "промежуточная аттестация; внешняя диагностика – ВПР",
        "Анализ результатов текущего контроля успеваемости, промежуточной аттестации; анализ результатов ВПР\n"
            + "Соответствие (расхождение) внутренней оценки с полученными результатами внешней оценки",
        UVR_MO, "Декабрь, июнь (1 п/г, 2 п/г учеб. года)", "Статистико-аналитическая справка"},
    {"Сравнительный анализ объективной внешней оценки качества образования обучающихся и внутренней оценки",
        "Доля обучающихся, подтвердивших промежуточную аттестацию по результатам участия в ВПР по предмету",
        "Распределение результатов обучения обучающихся (качество обучения, успеваемость) по внешней оценочной процедуре по "
            + "конкретным предметам в конкретных классах и внутренней оценке (промежуточная аттестация)",
        UVR_MO, "Июнь", "Статистико-аналитическая справка"},
    {"Выявление уровня сформированности метапредметных результатов (ФГОС ООО, СОО)",
        "Анализ результатов выполнения индивидуальных проектов (качество обучения в 10-х классах, успеваемость; зачет/незачет в "
            + "9-х классах).",
        "Результаты защиты индивидуальных проектов", "Заместитель директора по УВР", "Февраль 9-е классы\nМай 10-е классы",
        "Итоговые протоколы защиты индивидуальных проектов"},
    {"Достижение планируемых результатов (предметные и метапредметные) освоения обучающимися основных общеобразовательных "
        + "программ ООО, СОО", "Результаты выполнения экзаменационных заданий ГИА (ОГЭ, ЕГЭ, ГВЭ)",
        "Анализ результатов ГИА. Сравнительный анализ объективной внешней оценки качества образования обучающихся и внутренней "
            + "оценки", "Заместитель директора по УВР, руководители МО", "Июнь", "Анализ ГИА\nСтатистические отчеты"},
    {"", "Численность/удельный вес численности выпускников, прошедших государственную итоговую аттестацию и получивших оценки "
        + "«хорошо» и «отлично», в общей численности выпускников по ГИА-9"},
    {"", "Численность/удельный вес численности выпускников 9 класса, получивших аттестаты об основном общем образовании с "
        + "отличием, в общей численности выпускников 9 класса"},
    {"", "Количество участников, получивших 100 баллов ЕГЭ. Доля участников, получивших от 81 до 99 баллов ЕГЭ"},
    {"", "Численность/удельный вес численности выпускников 11 класса, получивших аттестаты о среднем общем образовании с "
        + "отличием, в общей численности выпускников 11 класса"},
    {"", "Доля участников, набравших балл ниже минимального (ЕГЭ)"},
    {"Индивидуальные достижения обучающихся на конкурсах, соревнованиях, олимпиадах (работа с одаренными обучающимися)",
        "Количество участников, призеров, победителей муниципального, регионального, заключительного этапов ВСОШ, "
            + "международного уровня", "", "Заместители директора по УВР, по ВВВР, методисты", "Июнь",
        "Анализ индивидуальных достижений обучающихся на конкурсах, соревнованиях, олимпиадах"},
    {"", "Численность/удельный вес численности обучающихся, ставших победителями и призерами олимпиад, конкурсов школьного, "
        + "муниципального, регионального, федерального и международного уровней, в общей численности обучающихся"},
    {"Поступление выпускников", "Доля выпускников, поступивших в СПОО", "", "Заместитель директора по УВР", "Август",
        "Статистический отчет"},
    {"", "Доля выпускников, поступивших в ВУЗы"},
    {"Качество организации и осуществления образовательной деятельности"},
    {"Основные общеобразовательные программы НОО, ООО, СОО", "Соответствие требованиям ФГОС НОО, ООО, СОО",
        "ООП разработаны на каждый уровень обучения. Ежегодно вносятся изменения", "Директор, заместители директора", "Август",
        "Протокол педсовета,\nприказ директора."},
    {"Реализация учебных планов и рабочих программ учебных предметов", "Соответствие требованиям ФГОС",
        "Соответствие учебных планов, рабочих программ требованиям ФГОС, выполнение учебных планов, рабочих программ за учебный год",
        "Заместители директора", "Декабрь, Май", "Протоколы заседаний предметных МО"},
    {"Профилактика учебной неуспешности слабоуспевающих и неуспевающих обучающихся",
        "Реализация внутришкольной системы профилактики учебной неуспешности",
        "Доля слабоуспевающих и неуспевающих обучающихся, для которых разработан индивидуальный образовательный маршрут;\n"
            + "доля обучающихся (от числа неуспевающих), посещающих дополнительные занятия с целью ликвидации отставания по "
            + "учебной программе.\nКол-во мероприятий для родителей (законных представителей) по вовлечению в профилактику "
            + "учебной неуспешности.",
        "Заместители директора, руководители МО", "Сентябрь - май",
        "Планы работы со слабоуспевающими и неуспевающими учащимися.\nКарты индивидуальной работы"},
    {"Качество условий, обеспечивающих образовательную деятельность"},
    {"Материально-технические условия", "Соответствие условий требованиям ФГОС",
        "Соблюдение гигиенических нормативов и санитарно-эпидемиологических требований", "Заместитель директора по АХР", "Май",
        "Анализ"},
    {"Учебно-методические условия", "Обеспечение учебниками каждого обучающегося по каждому учебному предмету, входящему в "
        + "обязательную часть ООП", "", "Заместители директора по УВР, педагог-библиотекарь", "Сентябрь, январь, май",
        "Статистический отчет"},
    {"Кадровые условия", "Численность/удельный вес численности педагогических работников, прошедших повышение "
        + "квалификации/профессиональную переподготовку за последние 3 года, в общей численности педагогических работников", "",
        "Заместитель директора по УВР", "Январь, июнь", "Аналитическая справка"},
    {"", "Численность/удельный вес численности педагогических работников, которым по результатам аттестации присвоена "
        + "квалификационная категория, в общей численности педагогических работников, в том числе: высшая, первая", "",
        "Методист", "Июнь", "Статистический отчет"},
    {"", "Численность/удельный вес численности педагогических работников, участвующих в муниципальных, региональных, "
        + "федеральных проектах и ассоциациях (сообществах), в общей численности педагогических работников.", "",
        "Заместитель директора по УВР", "Июнь", "Аналитическая справка"},
    {"", "Численность/удельный вес численности педагогических работников, участвующих в конкурсах профессионального мастерства "
        + "(институциональный, региональный, федеральный уровень) в общей численности педагогических работников. Трансляция "
        + "педагогического опыта (институциональный, муниципальный, региональный, федеральный)", "", "Заместитель директора по УВР",
        "Июнь", "Аналитическая справка"},
  };

  private Path xlsx(String name, String sheet, String[][] rows) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet(sheet);
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            ws.value(r, c, rows[r][c]);
          }
        }
      }
      wb.finish();
    }
    return file;
  }

  @Test
  void theSchool29RegulationPlanTableSavedAsXlsxImportsToTheFoundationModel() throws IOException {
    Path file = xlsx("план.xlsx", "План", SEED_004_PLAN);
    PlanImportResult<VsokoPlan> result = PlanTablesImport.readPlan(file,
        PlanImportOptions.of(School29Regulation.SCHOOL, AcademicYear.starting(2024)));
    assertThat(result.problems()).isEmpty();
    VsokoPlan expected = School29Regulation.plan();
    for (int i = 0; i < expected.items().size(); i++) {
      assertThat(result.value().items().get(i)).as("row %d", i + 1).isEqualTo(expected.items().get(i));
    }
    assertThat(result.value()).isEqualTo(expected);
    assertThat(ModelCheck.checkPlan(result.value()).passed()).isTrue();
  }

  /** Writes a road map as a table the way the source documents lay it out, then reads it back. */
  @Test
  void aRoadMapTableReadsBackWithSectionsAndTheShiftedCellIsReported() throws IOException {
    RoadMap map = School29Regulation.roadMap();
    List<String[]> rows = new ArrayList<>();
    int shiftedRow = -1;
    rows.add(new String[] {map.title()});
    rows.add(new String[] {"№ п/п", "Наименование мероприятий", "Сроки исполнения",
        "Действия по реализации мероприятий (исполнители)", "Ожидаемый результат"});
    for (RoadMapSection section : map.sections()) {
      if (!section.title().isEmpty()) {
        rows.add(new String[] {section.number() + ". " + section.title()});
      }
      for (RoadMapAction a : section.actions()) {
        String deadline = a.number().equals("2.3.") ? School29Regulation.SHIFTED_DEADLINE_CELL_2_3 : a.deadline().format();
        rows.add(new String[] {a.number(), a.title(), deadline, a.actionsTaken().orElse(""), a.expectedResult().orElse("")});
        if (a.number().equals("2.3.")) {
          shiftedRow = rows.size();
        }
      }
    }
    Path file = xlsx("карта.xlsx", "Дорожная карта", rows.toArray(String[][]::new));
    PlanImportResult<RoadMap> result = PlanTablesImport.readRoadMap(file,
        PlanImportOptions.of(School29Regulation.SCHOOL, AcademicYear.starting(2024)), AcademicYear.starting(2024));
    // the shifted cell is kept as written (never dropped), not dated, and warned about; every other action as the source
    java.util.function.Function<RoadMap, List<RoadMapAction>> actions = m -> m.sections().stream().flatMap(x -> x.actions().stream()).toList();
    List<RoadMapAction> read = actions.apply(result.value());
    List<RoadMapAction> source = actions.apply(map);
    assertThat(read).hasSameSizeAs(source);
    for (int i = 0; i < read.size(); i++) {
      if (source.get(i).number().equals("2.3.")) {
        assertThat(read.get(i).deadline()).isInstanceOf(io.github.vsoko.model.schedule.Unrecognised.class);
        assertThat(read.get(i).deadline().format())
            .isEqualTo(School29Regulation.SHIFTED_DEADLINE_CELL_2_3.replaceAll("\\s+", " ").strip());
        RoadMapAction r = read.get(i);
        assertThat(new RoadMapAction(r.number(), r.title(), source.get(i).deadline(), r.performers(), r.actionsTaken(),
            r.expectedResult(), r.status(), r.completedOn())).isEqualTo(source.get(i));
      } else {
        assertThat(read.get(i)).isEqualTo(source.get(i));
      }
    }
    assertThat(result.value().title()).isEqualTo(map.title());
    assertThat(result.problems()).extracting(Problem::toString).singleElement().asString()
        .contains("строка " + shiftedRow + ", столбец C («Сроки исполнения»)", "«" + School29Regulation.SHIFTED_DEADLINE_CELL_2_3 + "»",
            "срок не распознан", "сохранён как написан");
  }

  @Test
  void theExecutionColumnGivesEachDeadlineItsRecordAndToldWhatItCannotTake() throws IOException {
    Path plan = xlsx("план.xlsx", "План", new String[][] {
        {"Объект/предмет ВСОКО", "Критерии", "Показатели", "Ответственный", "Сроки", "Формат документа", "Отметка о выполнении"},
        {"Качество образовательных результатов"},
        {"Предметные результаты", "Успеваемость", "", "Заместитель директора по УВР", "Декабрь, июнь", "Справка",
            "декабрь: выполнено 25.12.2024, справка № 12\nиюнь: перенесено на 15.07.2025 (ремонт); пятница: выполнено"},
        {"", "Качество знаний", "", "", "", "", "выполнено 27.12.2024 (справка № 13)\nне выполнено, учитель на больничном"},
        {"Метапредметные результаты", "Уровень сформированности", "", "Руководители ШМО", "2 раза в год", "Протокол",
            "выполнено позже"}});
    PlanImportResult<io.github.vsoko.model.plan.VsokoPlan> result = PlanTablesImport.readPlan(plan,
        PlanImportOptions.of("s", AcademicYear.starting(2024)));
    List<PlanItem> items = result.value().items();
    java.time.LocalDate dec = java.time.LocalDate.of(2024, 12, 31);
    java.time.LocalDate jun = java.time.LocalDate.of(2025, 6, 30);
    assertThat(items.get(0).executions()).containsExactly(
        io.github.vsoko.model.plan.Execution.done(dec, java.time.LocalDate.of(2024, 12, 25), Optional.of("справка № 12")),
        io.github.vsoko.model.plan.Execution.moved(jun, java.time.LocalDate.of(2025, 7, 15), Optional.of("ремонт")));
    // the continued row takes the cells above, not their records; unlabelled records go to its deadlines in order
    assertThat(items.get(1).executions()).containsExactly(
        io.github.vsoko.model.plan.Execution.done(dec, java.time.LocalDate.of(2024, 12, 27), Optional.of("справка № 13")),
        io.github.vsoko.model.plan.Execution.notDone(jun, Optional.of("учитель на больничном")));
    assertThat(items.get(2).executions()).isEmpty();
    assertThat(result.problems()).extracting(Problem::toString).satisfiesExactly(
        p -> assertThat(p).contains("строка 3, столбец G («Отметка о выполнении»)", "«пятница: выполнено»", "отметка не учтена"),
        p -> assertThat(p).contains("строка 5, столбец G", "«выполнено позже»", "ожидается «выполнено ДД.ММ.ГГГГ, документ»"));
    assertThat(result.value().statusOn(java.time.LocalDate.of(2025, 1, 10)).get(0))
        .extracting(io.github.vsoko.model.plan.DeadlineStatus::verdict)
        .containsExactly(io.github.vsoko.model.plan.DeadlineVerdict.DONE, io.github.vsoko.model.plan.DeadlineVerdict.MOVED);
  }

  @Test
  void aPlanIsReadFromTheTableOfAWordRegulationWithMergedCellsAndTolerantIndicatorLinks() throws IOException {
    Path docx = dir.resolve("положение.docx");
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
      doc.createParagraph().createRun().setText("Положение о ВСОКО");
      doc.createParagraph().createRun().setText("Приложение 1. План функционирования ВСОКО на 2024/2025 учебный год");
      String[][] rows = {
          {"Объект/предмет ВСОКО", "Критерии", "Показатели", "Ответственный", "Сроки", "Формат документа", "Отметка о выполнении"},
          {"Качество образовательных результатов"},
          {"Предметные результаты", "Успеваемость",
              "Численность / удельный вес численности учащихся, успевающих на «4» и «5» по результатам промежуточной "
                  + "аттестации, в общей численности учащихся.\n1.9 Средний балл ЕГЭ по математике",
              "Заместитель директора по УВР", "Декабрь, июнь", "Справка", ""},
          {"", "Качество знаний", "", "Руководители ШМО", "2 раза в год", "Справка", "декабрь: выполнено 26.12.2024, справка № 7"},
          {"Метапредметные результаты", "Проекты", "2.1 Анализ защиты проектов", "Руководители ШМО", "после каникул", "Протокол", ""}};
      org.apache.poi.xwpf.usermodel.XWPFTable table = doc.createTable(rows.length, 7);
      for (int r = 0; r < rows.length; r++) {
        org.apache.poi.xwpf.usermodel.XWPFTableRow row = table.getRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          String[] lines = rows[r][c].split("\n");
          org.apache.poi.xwpf.usermodel.XWPFTableCell cell = row.getCell(c);
          cell.setText(lines[0]);
          for (int k = 1; k < lines.length; k++) {
            cell.addParagraph().createRun().setText(lines[k]);
          }
        }
      }
      org.apache.poi.xwpf.usermodel.XWPFTableRow heading = table.getRow(1); // the area across the table
      for (int c = 6; c >= 1; c--) {
        heading.removeCell(c);
      }
      heading.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(7));
      table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(
          org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
      table.getRow(3).getCell(0).getCTTc().addNewTcPr().addNewVMerge(); // continues the object above
      try (OutputStream out = Files.newOutputStream(docx)) {
        doc.write(out);
      }
    }
    PlanImportResult<VsokoPlan> result = PlanTablesImport.readPlan(docx, PlanImportOptions.of("s", AcademicYear.starting(2024)));
    VsokoPlan plan = result.value();
    assertThat(plan.title()).isEqualTo("Приложение 1. План функционирования ВСОКО на 2024/2025 учебный год");
    assertThat(plan.items()).hasSize(3);
    assertThat(plan.items().get(0).indicators()).extracting(r -> r.display())
        .contains("order1324.general/1.5", "order1324.general/1.9");
    assertThat(plan.items().get(1).object()).isEqualTo(plan.items().get(0).object());
    assertThat(plan.items().get(1).criteria()).extracting(c -> c.text()).containsExactly("Качество знаний");
    assertThat(plan.items().get(1).executions()).containsExactly(io.github.vsoko.model.plan.Execution.done(
        java.time.LocalDate.of(2024, 12, 31), java.time.LocalDate.of(2024, 12, 26), Optional.of("справка № 7")));
    // a plan's own numbering links to nothing; an unreadable deadline is kept as written and warned about
    assertThat(plan.items().get(2).indicators()).noneMatch(r -> r instanceof io.github.vsoko.model.framework.RegisteredIndicator);
    assertThat(plan.items().get(2).schedule().format()).isEqualTo("после каникул");
    assertThat(result.problems()).extracting(Problem::toString).singleElement().asString()
        .contains(docx.toString(), "«Таблица 1»", "строка 5", "«после каникул»", "срок не распознан");
  }

  @Test
  void aRoadMapStatusColumnGivesStatusesAndCompletionDates() throws IOException {
    Path file = xlsx("карта.xlsx", "Дорожная карта", new String[][] {
        {"№ п/п", "Мероприятие", "Сроки", "Ответственные", "Статус"},
        {"1. Объективность"},
        {"1.1", "Перепроверка работ ВПР", "Май ежегодно", "Руководители МО", "выполнено 19.05.2025 г., 20.05.2026"},
        {"1.2", "Наблюдатели на ВПР", "Март - май ежегодно", "Заместитель директора", "Выполняется"},
        {"1.3", "Семинар по критериям", "До 20.12.2024", "Заместитель директора", "отменено"},
        {"1.4", "Анализ расхождений", "До 30.11.2024", "Заместитель директора", "сделаем потом"},
        {"1.5", "Анализ по итогам года", "Июнь ежегодно", "Заместитель директора", "не выполнено (выполнено 25.06.2025)"}});
    PlanImportResult<RoadMap> result = PlanTablesImport.readRoadMap(file,
        PlanImportOptions.of("s", AcademicYear.starting(2024)), AcademicYear.starting(2025));
    List<RoadMapAction> actions = result.value().actions();
    assertThat(actions.get(0).status()).isEqualTo(io.github.vsoko.model.plan.ActionStatus.DONE);
    assertThat(actions.get(0).completions()).containsExactly(java.time.LocalDate.of(2025, 5, 19), java.time.LocalDate.of(2026, 5, 20));
    assertThat(actions.get(1).status()).isEqualTo(io.github.vsoko.model.plan.ActionStatus.IN_PROGRESS);
    assertThat(actions.get(2).status()).isEqualTo(io.github.vsoko.model.plan.ActionStatus.CANCELLED);
    assertThat(actions.get(3).status()).isEqualTo(io.github.vsoko.model.plan.ActionStatus.PLANNED);
    assertThat(actions.get(4).status()).isEqualTo(io.github.vsoko.model.plan.ActionStatus.PLANNED);
    assertThat(actions.get(4).earlierCompletions()).containsExactly(java.time.LocalDate.of(2025, 6, 25));
    assertThat(result.problems()).extracting(Problem::toString).singleElement().asString()
        .contains("строка 6, столбец E («Статус»)", "«сделаем потом»", "статус не распознан");
    // on 1 July 2026: 1.2 (open) overdue; 1.4 (planned) overdue; 1.5 not carried out in 2025/2026
    assertThat(result.value().overdueOn(java.time.LocalDate.of(2026, 7, 1))).extracting(RoadMapAction::number)
        .containsExactly("1.2", "1.4", "1.5");
  }

  @Test
  void aTableThatIsNotAPlanIsAClearErrorAndARowWithoutObjectIsLocated() throws IOException {
    Path roadMap = xlsx("карта.xlsx", "Лист1", new String[][] {{"№", "Мероприятие", "Сроки", "Ответственные"}, {"1", "Совещание", "Май", "Директор"}});
    assertThatThrownBy(() -> PlanTablesImport.readPlan(roadMap, PlanImportOptions.of("s", AcademicYear.starting(2024))))
        .isInstanceOf(ProblemException.class)
        .hasMessage(roadMap + ": не найдена строка заголовков плана функционирования (Объект, Критерии, Ответственный, Сроки)");
    Path plan = xlsx("план.xlsx", "План", new String[][] {
        {"Объект/предмет ВСОКО", "Критерии", "Показатели", "Ответственный", "Сроки", "Формат документа"},
        {"Качество условий, обеспечивающих образовательную деятельность"},
        {"", "Укомплектованность кадрами", "", "Директор", "Август", "Справка"},
        {"Кадровые условия", "Укомплектованность кадрами", "", "Директор", "в течение года", "Справка"}});
    PlanImportResult<VsokoPlan> result = PlanTablesImport.readPlan(plan, PlanImportOptions.of("s", AcademicYear.starting(2024)));
    assertThat(result.value().items()).hasSize(1);
    assertThat(result.problems()).extracting(Problem::toString).singleElement().asString()
        .contains("план.xlsx", "лист «План», строка 3, столбец A («Объект/предмет ВСОКО»)", "нет объекта ВСОКО");
    assertThatThrownBy(() -> PlanTablesImport.readPlan(plan,
        PlanImportOptions.of("s", AcademicYear.starting(2024)).withMode(ImportMode.STRICT)))
        .isInstanceOf(ProblemException.class).hasMessageContaining("строка 3");
  }

  @Test
  void rolesKeepTheirHeadAcrossCommas() {
    assertThat(PlanTablesImport.roles("Заместители директора по УВР, по ВВВР, методисты"))
        .containsExactly("Заместители директора по УВР", "Заместители директора по ВВВР", "Методисты");
    assertThat(Responsible.of("Методисты").display()).isEqualTo("Методисты");
  }
}
