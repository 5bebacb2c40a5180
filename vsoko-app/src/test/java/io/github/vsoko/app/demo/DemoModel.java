package io.github.vsoko.app.demo;

import static io.github.vsoko.model.framework.QualityArea.CONDITIONS;
import static io.github.vsoko.model.framework.QualityArea.PROCESS;
import static io.github.vsoko.model.framework.QualityArea.RESULTS;

import io.github.vsoko.analytics.literacy.LiteracyPlan;
import io.github.vsoko.model.framework.AssessmentObject;
import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.framework.Instrument;
import io.github.vsoko.model.framework.Participant;
import io.github.vsoko.model.framework.Procedure;
import io.github.vsoko.model.framework.ProcedureScope;
import io.github.vsoko.model.framework.Product;
import io.github.vsoko.model.framework.Resource;
import io.github.vsoko.model.framework.ResourceKind;
import io.github.vsoko.model.framework.VsokoDocument;
import io.github.vsoko.model.framework.VsokoDocumentType;
import io.github.vsoko.model.plan.ActionStatus;
import io.github.vsoko.model.plan.Execution;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.RoadMapAction;
import io.github.vsoko.model.plan.RoadMapSection;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo school's ВСОКО: its documents (with approval and publication dates and addresses), participants, procedures,
 * the plan of functioning for 2024/2025 modelled on the regulation of МБОУ СОШ № 29 (plus the functional-literacy diagnostics of the Yeniseisk decision) and
 * a road map modelled on the Guryevsk road map and the regulation of МБОУ СОШ № 29.
 */
final class DemoModel {
  private static final String SITE = "https://school7.example.ru/vsoko/";
  private static final AcademicYear YEAR = AcademicYear.starting(2024);

  private DemoModel() {}

  static VsokoModel model() {
    return new VsokoModel(documents(), participants(),
        List.of(Procedure.ONGOING_ASSESSMENT, Procedure.INTERMEDIATE_ATTESTATION, Procedure.SELF_ASSESSMENT, Procedure.MONITORING,
            Procedure.SURVEY, Procedure.VPR, Procedure.GIA),
        List.of(new Instrument("Контрольные и диагностические работы по единым КИМ", ProcedureScope.INTERNAL),
            new Instrument("Экспертиза рабочих программ", ProcedureScope.INTERNAL),
            new Instrument("Анкеты удовлетворённости обучающихся и родителей", ProcedureScope.INTERNAL),
            new Instrument("ВПР, ГИА, диагностики функциональной грамотности (РЭШ)", ProcedureScope.EXTERNAL)),
        List.of(new Resource(ResourceKind.STAFF, "кадровое обеспечение"),
            new Resource(ResourceKind.PSYCHOLOGICAL, "психолого-педагогические условия"),
            new Resource(ResourceKind.MATERIAL, "материально-техническое обеспечение"),
            new Resource(ResourceKind.INFORMATION, "учебно-методическое и информационное обеспечение")),
        List.of(new Product("Отчёт о самообследовании"), new Product("Сводные ведомости успеваемости"),
            new Product("Аналитические справки по результатам ВПР, ГИА и диагностик"), new Product("Адресные рекомендации")),
        plan(), List.of(roadMap()));
  }

  private static List<VsokoDocument> documents() {
    return List.of(
        new VsokoDocument(VsokoDocumentType.REGULATION, "Положение о внутренней системе оценки качества образования МБОУ СОШ № 7",
            Optional.of(LocalDate.of(2024, 8, 29)), Optional.of(LocalDate.of(2024, 8, 30)), Optional.of(SITE + "polozhenie.pdf")),
        new VsokoDocument(VsokoDocumentType.PLAN, "План функционирования ВСОКО МБОУ СОШ № 7 на 2024/2025 учебный год",
            Optional.of(LocalDate.of(2024, 8, 29)), Optional.of(LocalDate.of(2024, 8, 30)), Optional.of(SITE + "plan-2024-2025.pdf")),
        new VsokoDocument(VsokoDocumentType.ROAD_MAP, "Дорожная карта по формированию объективной ВСОКО на 2024–2026 годы",
            Optional.of(LocalDate.of(2024, 9, 2)), Optional.of(LocalDate.of(2024, 9, 3)), Optional.of(SITE + "dorozhnaya-karta.pdf")),
        new VsokoDocument(VsokoDocumentType.SELF_ASSESSMENT_REPORT, "Отчёт о результатах самообследования МБОУ СОШ № 7 за 2023 год",
            Optional.of(LocalDate.of(2024, 4, 12)), Optional.of(LocalDate.of(2024, 4, 15)), Optional.of(SITE + "samoobsledovanie-2023.pdf")),
        new VsokoDocument(VsokoDocumentType.CYCLOGRAM, "Циклограмма ВСОКО на 2024/2025 учебный год",
            Optional.of(LocalDate.of(2024, 8, 29)), Optional.empty(), Optional.empty()));
  }

  private static List<Participant> participants() {
    return List.of(
        new Participant("Администрация", List.of("утверждение локальных актов ВСОКО и контроль их исполнения",
            "организация оценочных процедур и мониторингов", "принятие управленческих решений по результатам ВСОКО")),
        new Participant("Педагогический совет", List.of("рассмотрение результатов ВСОКО и отчёта о самообследовании",
            "обсуждение системы показателей")),
        new Participant("Методические объединения учителей-предметников", List.of("разработка единых КИМ",
            "анализ результатов оценочных процедур и предложения по их совершенствованию")),
        new Participant("Психолого-педагогическая служба", List.of("психологические диагностики", "оценка комфортности образовательной среды")),
        new Participant("Управляющий совет", List.of("общественная оценка качества образования")));
  }

  static VsokoPlan plan() {
    AssessmentObject planned = new AssessmentObject(RESULTS, "Предметные и метапредметные результаты освоения ООП НОО, ООО, СОО");
    AssessmentObject comparison = new AssessmentObject(RESULTS, "Сравнительный анализ внешней и внутренней оценки");
    AssessmentObject gia = new AssessmentObject(RESULTS, "Результаты государственной итоговой аттестации");
    AssessmentObject achievements = new AssessmentObject(RESULTS, "Индивидуальные достижения обучающихся");
    AssessmentObject admission = new AssessmentObject(RESULTS, "Поступление выпускников");
    AssessmentObject programmes = new AssessmentObject(PROCESS, "Основные общеобразовательные программы НОО, ООО, СОО");
    AssessmentObject lessons = new AssessmentObject(PROCESS, "Качество учебных занятий");
    AssessmentObject failure = new AssessmentObject(PROCESS, "Профилактика учебной неуспешности");
    AssessmentObject satisfaction = new AssessmentObject(PROCESS, "Удовлетворённость участников образовательных отношений");
    AssessmentObject material = new AssessmentObject(CONDITIONS, "Материально-технические условия");
    AssessmentObject methodical = new AssessmentObject(CONDITIONS, "Учебно-методические условия");
    AssessmentObject staff = new AssessmentObject(CONDITIONS, "Кадровые условия");
    List<PlanItem> items = new ArrayList<>(List.of(
        PlanItem.builder(planned).criterion("Успеваемость и качество знаний по итогам промежуточной аттестации")
            .indicator(IndicatorReference.registered("order1324.general/1.5"))
            .indicator("Успеваемость, качество знаний, СОУ по классам и предметам")
            .responsible("Заместители директора по УВР", "Руководители МО").schedule("Декабрь, май")
            .documents("Статистико-аналитическая справка").build(),
        PlanItem.builder(comparison).criterion("Соответствие внутренней оценки результатам внешней оценки (ВПР)")
            .indicator("Доля обучающихся, подтвердивших отметку по журналу результатами ВПР; коэффициент Спирмена")
            .responsible("Заместители директора по УВР").schedule("Июнь").documents("Аналитическая справка по итогам ВПР").build(),
        PlanItem.builder(gia).criterion("Результаты ОГЭ и ЕГЭ").indicator(IndicatorReference.registered("order1324.general/1.6"))
            .indicator(IndicatorReference.registered("order1324.general/1.8"))
            .indicator("Доля участников, набравших балл ниже минимального (ЕГЭ)")
            .responsible("Заместитель директора по УВР").schedule("Июль").documents("Анализ ГИА").build(),
        PlanItem.builder(achievements).criterion("Участники, призёры и победители олимпиад и конкурсов")
            .indicator(IndicatorReference.registered("order1324.general/1.18"))
            .indicator(IndicatorReference.registered("order1324.general/1.19"))
            .responsible("Заместитель директора по УВР", "Заместитель директора по ВР").schedule("Июнь")
            .documents("Анализ индивидуальных достижений обучающихся").build(),
        PlanItem.builder(admission).criterion("Доля выпускников, поступивших в СПОО")
            .indicator(IndicatorReference.registered("vsoko.analytics/2.1")).responsible("Заместитель директора по УВР")
            .schedule("Август").documents("Статистический отчёт").build(),
        PlanItem.builder(admission).criterion("Доля выпускников, поступивших в ВУЗы")
            .indicator(IndicatorReference.registered("vsoko.analytics/2.2")).responsible("Заместитель директора по УВР")
            .schedule("Август").documents("Статистический отчёт").build(),
        PlanItem.builder(programmes).criterion("Соответствие ООП требованиям ФГОС и ФОП")
            .indicator("ООП разработаны на каждый уровень, ежегодно актуализируются").responsible("Директор", "Заместители директора")
            .schedule("Август").documents("Протокол педсовета", "Приказ директора").build(),
        PlanItem.builder(lessons).criterion("Соответствие уроков требованиям ФГОС").indicator("Доля уроков, соответствующих требованиям")
            .responsible("Заместители директора по УВР").schedule("Ноябрь, март").documents("Справка по итогам посещения уроков").build(),
        PlanItem.builder(failure).criterion("Реализация внутришкольной системы профилактики учебной неуспешности")
            .indicator(IndicatorReference.registered("vsoko.analytics/3.1"))
            .indicator(IndicatorReference.registered("vsoko.analytics/3.2"))
            .responsible("Заместители директора по УВР", "Руководители МО").schedule("Сентябрь - май")
            .documents("Карты индивидуальной работы").build(),
        PlanItem.builder(satisfaction).criterion("Удовлетворённость обучающихся и родителей качеством образования")
            .indicator("Доля удовлетворённых по результатам анкетирования").responsible("Педагог-психолог")
            .schedule("Апрель").documents("Аналитическая справка по итогам анкетирования").build(),
        PlanItem.builder(material).criterion("Соответствие условий требованиям ФГОС")
            .indicator(IndicatorReference.registered("order1324.general/2.1"))
            .indicator(IndicatorReference.registered("order1324.general/2.6"))
            .responsible("Заместитель директора по АХР").schedule("Май").documents("Анализ").build(),
        PlanItem.builder(methodical).criterion("Обеспечение учебниками каждого обучающегося по каждому учебному предмету, входящему в "
                + "обязательную часть ООП").indicator(IndicatorReference.registered("vsoko.analytics/4.1"))
            .responsible("Заместители директора по УВР", "Педагог-библиотекарь").schedule("Сентябрь, январь, май")
            .documents("Статистический отчёт").build(),
        PlanItem.builder(staff).criterion("Повышение квалификации педагогических работников за последние 3 года")
            .indicator(IndicatorReference.registered("vsoko.analytics/1.1")).responsible("Заместитель директора по УВР")
            .schedule("Январь, июнь").documents("Аналитическая справка").build(),
        PlanItem.builder(staff).criterion("Квалификационные категории педагогических работников")
            .indicator(IndicatorReference.registered("order1324.general/1.29")).responsible("Методист").schedule("Июнь")
            .documents("Статистический отчёт").build()));
    items.addAll(LiteracyPlan.items());
    executionUntilToday(items);
    return new VsokoPlan(DemoData.ORGANIZATION.id(), YEAR, "План функционирования ВСОКО МБОУ СОШ № 7 на 2024/2025 учебный год", items);
  }

  /**
   * What the school recorded by the demo's date (20.01.2025): the December, November and September deadlines done with
   * their documents; of the six October literacy diagnostics four done, one moved to February by the regional
   * operator, one with no record (overdue).
   */
  private static void executionUntilToday(List<PlanItem> items) {
    int literacy = 0;
    for (int i = 0; i < items.size(); i++) {
      PlanItem item = items.get(i);
      String schedule = item.schedule().format();
      Execution record = switch (schedule) {
        case "Декабрь, май" -> Execution.done(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 27),
            Optional.of("Статистико-аналитическая справка по итогам I полугодия от 27.12.2024"));
        case "Ноябрь, март" -> Execution.done(LocalDate.of(2024, 11, 30), LocalDate.of(2024, 11, 29),
            Optional.of("Справка по итогам посещения уроков от 29.11.2024"));
        case "Сентябрь, январь, май" -> Execution.done(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 9, 20),
            Optional.of("Статистический отчёт об обеспеченности учебниками"));
        case "Октябрь, апрель" -> ++literacy <= 4
            ? Execution.done(LocalDate.of(2024, 10, 31), LocalDate.of(2024, 10, 25),
                Optional.of("Аналитическая справка по результатам стартовой диагностики"))
            : literacy == 5 ? Execution.moved(LocalDate.of(2024, 10, 31), LocalDate.of(2025, 2, 14),
                Optional.of("диагностика перенесена региональным оператором")) : null;
        default -> null;
      };
      if (record != null) {
        items.set(i, item.toBuilder().execution(record).build());
      }
    }
  }

  static RoadMap roadMap() {
    RoadMapSection objectivity = new RoadMapSection("1", "Объективность оценочных процедур", List.of(
        RoadMapAction.builder("1.1", "Привлечение независимых наблюдателей к проведению ВПР").deadline("Март - май ежегодно")
            .performers("Заместитель директора по УВР").expectedResult("Приказ о наблюдателях; протоколы наблюдения")
            .status(ActionStatus.DONE).completedOn(LocalDate.of(2024, 5, 20)).build(),
        RoadMapAction.builder("1.2", "Выборочная перепроверка работ ВПР по русскому языку и математике в 4-х классах")
            .deadline("Май ежегодно").performers("Руководители МО").expectedResult("Протоколы перепроверки")
            .status(ActionStatus.DONE).completedOn(LocalDate.of(2024, 5, 30)).build(),
        RoadMapAction.builder("1.3", "Анализ расхождения отметок ВПР и отметок по журналу в 5Б классе, беседа с учителем")
            .deadline("До 30.11.2024").performers("Заместитель директора по УВР")
            .expectedResult("Справка; согласованные критерии оценивания").status(ActionStatus.IN_PROGRESS).build()));
    RoadMapSection literacy = new RoadMapSection("2", "Функциональная грамотность", List.of(
        RoadMapAction.builder("2.1", "Включение в положение о ВСОКО процедур и показателей оценки функциональной грамотности")
            .deadline("До 01.09.2024").performers("Директор").status(ActionStatus.DONE).completedOn(LocalDate.of(2024, 8, 29)).build(),
        RoadMapAction.builder("2.2", "Участие обучающихся 5–9 классов в диагностиках функциональной грамотности на платформе РЭШ")
            .deadline("Октябрь, апрель").performers("Руководители МО").status(ActionStatus.IN_PROGRESS).build()));
    RoadMapSection usage = new RoadMapSection("3", "Использование результатов", List.of(
        RoadMapAction.builder("3.1", "Подготовка адресных рекомендаций учителям по итогам ВПР и ГИА").deadline("Сентябрь ежегодно")
            .performers("Заместители директора по УВР").expectedResult("Адресные рекомендации").status(ActionStatus.DONE)
            .completedOn(LocalDate.of(2024, 9, 27)).build(),
        RoadMapAction.builder("3.2", "Размещение отчёта о самообследовании на сайте").deadline("До 20 апреля ежегодно")
            .performers("Директор").status(ActionStatus.PLANNED).build(),
        RoadMapAction.builder("3.3", "Семинар для учителей «Критерии оценивания и объективность отметки»").deadline("До 20.12.2024")
            .performers("Заместитель директора по УВР").status(ActionStatus.PLANNED).build()));
    return new RoadMap("Дорожная карта по формированию объективной ВСОКО МБОУ СОШ № 7 на 2024–2026 годы",
        Optional.of(DemoData.ORGANIZATION.id()), YEAR, AcademicYear.starting(2025), List.of(objectivity, literacy, usage));
  }
}
