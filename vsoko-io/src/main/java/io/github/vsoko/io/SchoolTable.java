package io.github.vsoko.io;

import static io.github.vsoko.io.ColumnSpec.optional;
import static io.github.vsoko.io.ColumnSpec.required;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The school tables vsoko reads from XLSX (one sheet per table, or one file per table) and CSV (one
 * file per table), with Russian headers and English aliases. See {@code docs/formats.md}.
 *
 * @since 0.1.0
 */
public enum SchoolTable {
  /** Организация: one row. */
  ORGANIZATION("Организация", "organization", List.of(
      required("id", "Идентификатор", "Код организации в вашей системе", "id", "ИД"),
      required("shortName", "Краткое наименование", "Как в отчётах: «МБОУ СОШ № 1»", "short name"),
      optional("fullName", "Полное наименование", "По уставу; по умолчанию — краткое", "full name"),
      required("kind", "Вид", "Вид организации", "kind").withChoices(Labels.russian(Labels.ORGANIZATION_KIND)),
      optional("inn", "ИНН", "10 цифр", "inn"),
      optional("ogrn", "ОГРН", "13 цифр", "ogrn"),
      optional("fisOkoLogin", "Логин ФИС ОКО", "Например edu223017", "fis oko login", "логин"),
      optional("founder", "Учредитель", "Для раздела «Общие сведения»", "founder"),
      optional("address", "Адрес", "Адрес места осуществления образовательной деятельности", "address"),
      optional("phone", "Телефон", "", "phone"),
      optional("email", "Электронная почта", "", "e-mail", "email"),
      optional("website", "Сайт", "Официальный сайт", "website", "site"),
      optional("licence", "Лицензия", "Номер лицензии (записи в реестре)", "licence", "license"),
      optional("licenceDate", "Дата лицензии", "ДД.ММ.ГГГГ", "licence date", "license date"),
      optional("accreditation", "Аккредитация", "Номер свидетельства (записи в реестре)", "accreditation"),
      optional("accreditationDate", "Дата аккредитации", "ДД.ММ.ГГГГ", "accreditation date"),
      optional("headName", "Руководитель", "ФИО, как подписывает отчёт", "head", "director"),
      optional("headPosition", "Должность руководителя", "По умолчанию «Директор»", "head position"),
      required("year", "Отчётный год", "Календарный год самообследования; данные берутся на 31 декабря", "year", "год"))),
  /** Учащиеся. */
  STUDENTS("Учащиеся", "students", List.of(
      required("id", "Идентификатор учащегося", "Псевдоним, без ФИО", "student id", "id", "ид учащегося"),
      required("class", "Класс", "«5А», «10 Б»", "class"),
      optional("level", "Уровень", "НОО, ООО или СОО — сверяется с классом", "level").withChoices("НОО", "ООО", "СОО"),
      required("enrolledOn", "Дата зачисления", "ДД.ММ.ГГГГ", "enrolled on"),
      optional("leftOn", "Дата выбытия", "ДД.ММ.ГГГГ, если выбыл", "left on"),
      optional("advanced", "Углублённое изучение", "да/нет (1.20)", "advanced study").withChoices("да", "нет"),
      optional("profile", "Профильное обучение", "да/нет (1.21)", "profile education").withChoices("да", "нет"),
      optional("distance", "ДОТ и электронное обучение", "да/нет (1.22)", "distance learning", "дот").withChoices("да", "нет"),
      optional("network", "Сетевая форма", "да/нет (1.23)", "network form").withChoices("да", "нет"),
      optional("ovz", "ОВЗ", "да/нет", "special needs").withChoices("да", "нет"),
      optional("adapted", "АООП для обучающихся с умственной отсталостью", "да/нет", "adapted program").withChoices("да", "нет"),
      optional("broadband", "Широкополосный интернет", "да/нет (2.5)", "broadband").withChoices("да", "нет"),
      optional("underachieving", "Слабоуспевающий или неуспевающий", "да/нет, по списку школы", "underachieving")
          .withChoices("да", "нет"),
      optional("individualRoute", "Индивидуальный образовательный маршрут", "да/нет: разработан ИОМ", "individual route", "иом")
          .withChoices("да", "нет"),
      optional("remedial", "Дополнительные занятия", "да/нет: посещает занятия по ликвидации отставания", "remedial classes")
          .withChoices("да", "нет"),
      optional("textbooks", "Обеспечен учебниками", "да/нет: по каждому предмету обязательной части ООП", "textbooks provided")
          .withChoices("да", "нет"))),
  /** История классов: the class of each student by academic year, with the moves within a year and the year's outcome. */
  ENROLMENTS("История классов", "enrolments", List.of(
      required("studentId", "Идентификатор учащегося", "Из таблицы «Учащиеся»", "student id"),
      required("academicYear", "Учебный год", "«2023/2024»", "academic year"),
      required("class", "Класс", "Класс в том учебном году: «4А»", "class"),
      optional("from", "С", "ДД.ММ.ГГГГ — прибыл в класс не с начала года", "from"),
      optional("to", "По", "ДД.ММ.ГГГГ — последний день в классе, если выбыл или переведён в течение года", "to"),
      optional("outcome", "Итог года", "переведён, условно переведён, оставлен на повторное обучение, выпущен, "
          + "переведён в другой класс, выбыл", "outcome").withChoices("переведён", "условно переведён",
              "оставлен на повторное обучение", "выпущен", "переведён в другой класс", "выбыл"))),
  /** Работники. */
  STAFF("Работники", "staff", List.of(
      required("id", "Идентификатор работника", "Псевдоним, без ФИО", "staff id", "id"),
      required("position", "Должность", "«учитель математики»", "position"),
      required("category", "Категория", "педагогический, административно-хозяйственный или прочий", "category")
          .withChoices(Labels.russian(Labels.STAFF_CATEGORY)),
      optional("employment", "Занятость", "основное место работы или совместитель", "employment")
          .withChoices(Labels.russian(Labels.EMPLOYMENT)),
      optional("education", "Образование", "высшее, среднее профессиональное, нет", "education")
          .withChoices(Labels.russian(Labels.EDUCATION)),
      optional("pedagogical", "Педагогической направленности", "да/нет (1.26, 1.28)", "pedagogical profile")
          .withChoices("да", "нет"),
      optional("qualification", "Квалификационная категория", "высшая, первая или нет", "qualification category")
          .withChoices(Labels.russian(Labels.CATEGORY)),
      optional("experienceYears", "Педагогический стаж, лет", "Полных лет на дату стажа", "experience years"),
      optional("experienceMonths", "Педагогический стаж, месяцев", "0–11", "experience months"),
      optional("experienceAsOf", "Стаж на дату", "ДД.ММ.ГГГГ; по умолчанию 31 декабря отчётного года", "experience as of"),
      required("birthDate", "Дата рождения", "ДД.ММ.ГГГГ (для 1.31, 1.32)", "birth date"),
      required("hiredOn", "Дата приёма", "ДД.ММ.ГГГГ", "hired on"),
      optional("leftOn", "Дата увольнения", "ДД.ММ.ГГГГ", "left on"))),
  /** Нагрузка: who taught a subject in a class in an academic year. */
  ASSIGNMENTS("Нагрузка", "assignments", List.of(
      required("staffId", "Идентификатор работника", "Из таблицы «Работники»", "staff id"),
      required("academicYear", "Учебный год", "«2023/2024»", "academic year"),
      required("class", "Класс", "«4А»", "class"),
      required("subject", "Предмет", "«Математика», «Русский язык»", "subject"))),
  /** Повышение квалификации. */
  TRAINING("Повышение квалификации", "training", List.of(
      required("staffId", "Идентификатор работника", "Из таблицы «Работники»", "staff id"),
      required("kind", "Вид", "ПК или переподготовка", "kind").withChoices(Labels.russian(Labels.TRAINING)),
      required("programme", "Программа", "Название программы", "programme", "program"),
      optional("hours", "Часов", "Объём в часах", "hours"),
      required("completedOn", "Дата окончания", "ДД.ММ.ГГГГ", "completed on"),
      optional("fgos", "По ФГОС", "да/нет (1.34)", "fgos").withChoices("да", "нет"))),
  /** Отметки промежуточной аттестации. */
  MARKS("Отметки", "marks", List.of(
      required("studentId", "Идентификатор учащегося", "Из таблицы «Учащиеся»", "student id"),
      required("subject", "Предмет", "«Математика», «Русский язык»", "subject"),
      required("academicYear", "Учебный год", "«2023/2024»", "academic year"),
      optional("period", "Период", "год (по умолчанию), полугодие, четверть или триместр", "period")
          .withChoices("год", "полугодие", "четверть", "триместр"),
      optional("number", "Номер периода", "1–4 для четвертей", "period number"),
      optional("start", "Начало периода", "ДД.ММ.ГГГГ, для полугодий, четвертей и триместров", "period start"),
      optional("end", "Конец периода", "ДД.ММ.ГГГГ, для полугодий, четвертей и триместров", "period end"),
      required("mark", "Отметка", "2–5, н/а, осв., зачёт, незачёт", "mark").withChoices("2", "3", "4", "5", "н/а", "осв.", "зачёт", "незачёт"))),
  /** Результаты ГИА. */
  EXAMS("ГИА", "exams", List.of(
      required("studentId", "Идентификатор учащегося", "Из таблицы «Учащиеся»", "student id"),
      required("exam", "Аттестация", "ГИА-9 или ГИА-11", "exam").withChoices("ГИА-9", "ГИА-11"),
      required("form", "Форма", "ОГЭ, ГВЭ или ЕГЭ", "form").withChoices("ОГЭ", "ГВЭ", "ЕГЭ"),
      required("subject", "Предмет", "«Математика», «Русский язык»", "subject"),
      optional("level", "Уровень", "базовый или профильный (математика ЕГЭ)", "level").withChoices("базовый", "профильный"),
      optional("primaryScore", "Первичный балл", "Целое число", "primary score"),
      optional("testScore", "Тестовый балл", "0–100 (ЕГЭ)", "test score"),
      optional("mark", "Отметка", "2–5", "mark").withChoices("2", "3", "4", "5"),
      required("year", "Год", "Год проведения", "year"),
      optional("period", "Период", "досрочный, основной (по умолчанию), резервный, дополнительный", "period")
          .withChoices("досрочный", "основной", "резервный", "дополнительный"),
      optional("parts", "Баллы по частям", "«геометрия: 3; алгебра: 9» — для шкал с условиями (ОГЭ по математике)",
          "part scores", "баллы по модулям"))),
  /** Аттестаты. */
  CERTIFICATES("Аттестаты", "certificates", List.of(
      required("studentId", "Идентификатор учащегося", "Выпускник из таблицы «Учащиеся»", "student id"),
      required("level", "Уровень", "ООО (9 класс) или СОО (11 класс)", "level").withChoices("ООО", "СОО"),
      required("year", "Год", "Год выпуска", "year"),
      required("status", "Аттестат", "выдан, с отличием или не выдан", "status").withChoices("выдан", "с отличием", "не выдан"))),
  /** Олимпиады и конкурсы. */
  CONTESTS("Олимпиады", "contests", List.of(
      required("studentId", "Идентификатор учащегося", "Из таблицы «Учащиеся»", "student id"),
      required("event", "Мероприятие", "«ВсОШ по математике, муниципальный этап»", "event"),
      optional("subject", "Предмет", "Для предметных олимпиад", "subject"),
      required("level", "Уровень", "школьный … международный", "level").withChoices(Labels.russian(Labels.CONTEST_LEVEL)),
      required("status", "Результат", "участник, призёр или победитель", "status", "статус")
          .withChoices("участник", "призёр", "победитель"),
      required("date", "Дата", "ДД.ММ.ГГГГ", "date"))),
  /** Инфраструктура: one row. */
  INFRASTRUCTURE("Инфраструктура", "infrastructure", List.of(
      optional("asOf", "На дату", "ДД.ММ.ГГГГ; по умолчанию 31 декабря отчётного года", "as of"),
      required("computers", "Компьютеров в учебном процессе", "Штук (2.1)", "computers"),
      required("literature", "Экземпляров учебной и учебно-методической литературы", "Штук (2.2)", "educational literature"),
      optional("edo", "Электронный документооборот", "да/нет (2.3)", "electronic document flow").withChoices("да", "нет"),
      optional("readingRoom", "Читальный зал", "да/нет (2.4)", "reading room").withChoices("да", "нет"),
      optional("rrComputers", "Читальный зал: компьютеры", "да/нет (2.4.1)", "reading room computers").withChoices("да", "нет"),
      optional("rrMedia", "Читальный зал: медиатека", "да/нет (2.4.2)", "reading room media library").withChoices("да", "нет"),
      optional("rrScanning", "Читальный зал: сканирование", "да/нет (2.4.3)", "reading room scanning").withChoices("да", "нет"),
      optional("rrInternet", "Читальный зал: интернет", "да/нет (2.4.4)", "reading room internet").withChoices("да", "нет"),
      optional("rrPrinting", "Читальный зал: распечатка", "да/нет (2.4.5)", "reading room printing").withChoices("да", "нет"),
      optional("broadband", "Широкополосный интернет", "да/нет (2.5)", "broadband").withChoices("да", "нет"),
      required("area", "Площадь для образовательной деятельности, кв. м", "Десятичная запятая (2.6)", "educational area"))),
  /** Выпускники: куда поступили. */
  DESTINATIONS("Выпускники", "destinations", List.of(
      required("studentId", "Идентификатор учащегося", "Выпускник из таблицы «Учащиеся»", "student id"),
      required("level", "Уровень", "ООО (9 класс) или СОО (11 класс)", "level").withChoices("ООО", "СОО"),
      required("year", "Год", "Год выпуска", "year"),
      required("destination", "Куда", "10 класс, СПО, вуз, работа, армия, другое", "destination")
          .withChoices("10 класс", "СПО", "вуз", "работа", "армия", "другое"))),
  /** Диагностики функциональной грамотности. */
  LITERACY("Функциональная грамотность", "literacy", List.of(
      required("studentId", "Идентификатор учащегося", "Из таблицы «Учащиеся»", "student id"),
      required("direction", "Направление", "читательская, математическая, естественно-научная, финансовая, глобальные "
          + "компетенции, креативное мышление", "direction")
          .withChoices("читательская", "математическая", "естественно-научная", "финансовая", "глобальные компетенции",
              "креативное мышление"),
      required("date", "Дата", "ДД.ММ.ГГГГ", "date"),
      optional("score", "Балл", "Балл или процент выполнения, как сообщает платформа", "score"),
      optional("level", "Уровень", "недостаточный, низкий, средний, повышенный, высокий (нужен уровень или балл)", "level")
          .withChoices("недостаточный", "низкий", "средний", "повышенный", "высокий"),
      optional("source", "Платформа", "«РЭШ», «Учи.ру», региональный центр", "source", "platform"))),
  /** Анкетирование: counts per answer option, no respondent named. */
  SURVEYS("Анкетирование", "surveys", List.of(
      required("survey", "Анкета", "«Удовлетворённость качеством образования»", "survey", "questionnaire"),
      required("group", "Респонденты", "обучающиеся, родители или педагоги", "respondents", "group")
          .withChoices(Labels.russian(Labels.RESPONDENT_GROUP)),
      required("date", "Дата", "ДД.ММ.ГГГГ — последний день анкетирования", "date"),
      required("question", "Вопрос", "Как в анкете", "question"),
      required("option", "Вариант ответа", "Как в анкете: «скорее удовлетворён»", "option", "answer"),
      required("count", "Число ответов", "Сколько респондентов выбрали вариант", "count"),
      required("rating", "Оценка варианта", "положительный, отрицательный, затрудняюсь ответить или не оценочный "
          + "(вопрос не об удовлетворённости)", "rating").withChoices(Labels.russian(Labels.ANSWER_RATING))));

  private final String sheetName;
  private final String englishName;
  private final List<ColumnSpec> columns;

  SchoolTable(String sheetName, String englishName, List<ColumnSpec> columns) {
    this.sheetName = sheetName;
    this.englishName = englishName;
    this.columns = columns;
  }

  /** The sheet (or file) name in Russian. */
  public String sheetName() {
    return sheetName;
  }

  /** The English name, also accepted as a sheet or file name. */
  public String englishName() {
    return englishName;
  }

  List<ColumnSpec> columns() {
    return columns;
  }

  /** The table a sheet or file name stands for. */
  static Optional<SchoolTable> byName(String name) {
    String n = VprColumns.fold(name);
    for (SchoolTable t : values()) {
      if (n.equals(VprColumns.fold(t.sheetName)) || n.equals(t.englishName) || n.equals(t.name().toLowerCase(Locale.ROOT))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
