package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.internal.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A school subject (учебный предмет) with a stable code. Known subjects are recognised under the
 * names ФИС ОКО and ЕГЭ use («Математика (профильная)», «Информатика и ИКТ», «Иностранный язык
 * (английский)»…); any other name is kept as written, with a code derived from it.
 *
 * @param code stable code («math», «russian», or «custom:…» for names not in the catalogue)
 * @param name the canonical Russian name
 * @since 0.1.0
 */
public record SchoolSubject(String code, String name) {
  /** Русский язык. */
  public static final SchoolSubject RUSSIAN = new SchoolSubject("russian", "Русский язык");
  /** Литература. */
  public static final SchoolSubject LITERATURE = new SchoolSubject("literature", "Литература");
  /** Математика. */
  public static final SchoolSubject MATHEMATICS = new SchoolSubject("math", "Математика");
  /** Алгебра. */
  public static final SchoolSubject ALGEBRA = new SchoolSubject("algebra", "Алгебра");
  /** Геометрия. */
  public static final SchoolSubject GEOMETRY = new SchoolSubject("geometry", "Геометрия");
  /** Окружающий мир. */
  public static final SchoolSubject NATURE_STUDY = new SchoolSubject("nature-study", "Окружающий мир");
  /** История. */
  public static final SchoolSubject HISTORY = new SchoolSubject("history", "История");
  /** Обществознание. */
  public static final SchoolSubject SOCIAL_STUDIES = new SchoolSubject("social-studies", "Обществознание");
  /** География. */
  public static final SchoolSubject GEOGRAPHY = new SchoolSubject("geography", "География");
  /** Биология. */
  public static final SchoolSubject BIOLOGY = new SchoolSubject("biology", "Биология");
  /** Физика. */
  public static final SchoolSubject PHYSICS = new SchoolSubject("physics", "Физика");
  /** Химия. */
  public static final SchoolSubject CHEMISTRY = new SchoolSubject("chemistry", "Химия");
  /** Информатика. */
  public static final SchoolSubject INFORMATICS = new SchoolSubject("informatics", "Информатика");
  /** Английский язык. */
  public static final SchoolSubject ENGLISH = new SchoolSubject("english", "Английский язык");
  /** Немецкий язык. */
  public static final SchoolSubject GERMAN = new SchoolSubject("german", "Немецкий язык");
  /** Французский язык. */
  public static final SchoolSubject FRENCH = new SchoolSubject("french", "Французский язык");
  /** Испанский язык. */
  public static final SchoolSubject SPANISH = new SchoolSubject("spanish", "Испанский язык");
  /** Китайский язык. */
  public static final SchoolSubject CHINESE = new SchoolSubject("chinese", "Китайский язык");
  /** Литературное чтение. */
  public static final SchoolSubject LITERARY_READING = new SchoolSubject("literary-reading", "Литературное чтение");
  /** Вероятность и статистика. */
  public static final SchoolSubject PROBABILITY = new SchoolSubject("probability", "Вероятность и статистика");
  /** Музыка. */
  public static final SchoolSubject MUSIC = new SchoolSubject("music", "Музыка");
  /** Изобразительное искусство. */
  public static final SchoolSubject ART = new SchoolSubject("art", "Изобразительное искусство");
  /** Труд (технология). */
  public static final SchoolSubject TECHNOLOGY = new SchoolSubject("technology", "Труд (технология)");
  /** Физическая культура. */
  public static final SchoolSubject PHYSICAL_EDUCATION = new SchoolSubject("physical-education", "Физическая культура");
  /** Основы безопасности и защиты Родины (formerly ОБЖ). */
  public static final SchoolSubject SAFETY = new SchoolSubject("safety", "Основы безопасности и защиты Родины");
  /** Основы религиозных культур и светской этики. */
  public static final SchoolSubject ORKSE = new SchoolSubject("orkse", "Основы религиозных культур и светской этики");
  /** Основы духовно-нравственной культуры народов России. */
  public static final SchoolSubject ODNKNR = new SchoolSubject("odnknr", "Основы духовно-нравственной культуры народов России");
  /** Астрономия. */
  public static final SchoolSubject ASTRONOMY = new SchoolSubject("astronomy", "Астрономия");
  /** Индивидуальный проект. */
  public static final SchoolSubject INDIVIDUAL_PROJECT = new SchoolSubject("individual-project", "Индивидуальный проект");

  private static final java.util.List<SchoolSubject> CATALOGUE = java.util.List.of(
      RUSSIAN, LITERATURE, MATHEMATICS, ALGEBRA, GEOMETRY, NATURE_STUDY, HISTORY, SOCIAL_STUDIES, GEOGRAPHY,
      BIOLOGY, PHYSICS, CHEMISTRY, INFORMATICS, ENGLISH, GERMAN, FRENCH, SPANISH, CHINESE, LITERARY_READING,
      PROBABILITY, MUSIC, ART, TECHNOLOGY, PHYSICAL_EDUCATION, SAFETY, ORKSE, ODNKNR, ASTRONOMY, INDIVIDUAL_PROJECT);
  private static final Map<String, SchoolSubject> BY_ALIAS = aliases();

  /** The catalogued subjects, in a fixed order. */
  public static java.util.List<SchoolSubject> catalogue() {
    return CATALOGUE;
  }

  /** Validates the subject. */
  public SchoolSubject {
    code = Checks.text(code, "subject code");
    name = Checks.text(name, "subject name");
  }

  private static Map<String, SchoolSubject> aliases() {
    Map<String, SchoolSubject> m = new LinkedHashMap<>();
    for (SchoolSubject s : CATALOGUE) {
      m.put(key(s.name), s);
      m.put(s.code, s);
    }
    alias(m, MATHEMATICS, "математика (профильная)", "математика (базовая)", "математика профильного уровня",
        "математика базового уровня", "математика профильная", "математика базовая", "математика (профиль)",
        "математика (база)", "математика п", "математика б");
    alias(m, RUSSIAN, "русский");
    alias(m, INFORMATICS, "информатика и икт", "информатика (кег)", "информатика и информационно-коммуникационные технологии (икт)");
    alias(m, ENGLISH, "иностранный язык (английский)", "английский", "иностранный язык (английский язык)");
    alias(m, GERMAN, "иностранный язык (немецкий)", "немецкий", "иностранный язык (немецкий язык)");
    alias(m, FRENCH, "иностранный язык (французский)", "французский", "иностранный язык (французский язык)");
    alias(m, SPANISH, "иностранный язык (испанский)", "испанский", "иностранный язык (испанский язык)");
    alias(m, CHINESE, "иностранный язык (китайский)", "китайский", "иностранный язык (китайский язык)");
    alias(m, NATURE_STUDY, "окружающий мир (естествознание)");
    alias(m, ENGLISH, "английский язык (письменная часть)", "английский язык (устная часть)");
    alias(m, GERMAN, "немецкий язык (письменная часть)", "немецкий язык (устная часть)");
    alias(m, FRENCH, "французский язык (письменная часть)", "французский язык (устная часть)");
    alias(m, SPANISH, "испанский язык (письменная часть)", "испанский язык (устная часть)");
    alias(m, CHINESE, "китайский язык (письменная часть)", "китайский язык (устная часть)");
    alias(m, PROBABILITY, "вероятность и статистика (учебный курс)", "теория вероятностей и статистика");
    alias(m, TECHNOLOGY, "технология", "труд", "труд/технология");
    alias(m, PHYSICAL_EDUCATION, "физкультура");
    alias(m, SAFETY, "обзр", "обж", "основы безопасности жизнедеятельности");
    alias(m, ART, "изо");
    alias(m, ORKSE, "оркСЭ");
    alias(m, ODNKNR, "однкнр");
    alias(m, HISTORY, "история россии", "история россии. всеобщая история");
    return Map.copyOf(m);
  }

  private static void alias(Map<String, SchoolSubject> m, SchoolSubject subject, String... names) {
    for (String name : names) {
      m.put(key(name), subject);
    }
  }

  private static String key(String name) {
    return Text.fold(Text.collapseWhitespace(name)).replace("ё", "е");
  }

  /** The catalogued subject with this name, code or alias, if any. */
  public static Optional<SchoolSubject> known(String name) {
    return Optional.ofNullable(BY_ALIAS.get(key(Checks.notNull(name, "subject name"))));
  }

  /** The catalogued subject with this name, or a new subject kept exactly as written. */
  public static SchoolSubject of(String name) {
    String text = Checks.text(name, "subject name");
    return known(text).orElseGet(() -> new SchoolSubject("custom:" + key(text), Text.capitalize(text)));
  }

  @Override
  public String toString() {
    return name;
  }
}
