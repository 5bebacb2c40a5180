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

  private static final Map<String, SchoolSubject> BY_ALIAS = aliases();

  /** Validates the subject. */
  public SchoolSubject {
    code = Checks.text(code, "subject code");
    name = Checks.text(name, "subject name");
  }

  private static Map<String, SchoolSubject> aliases() {
    Map<String, SchoolSubject> m = new LinkedHashMap<>();
    for (SchoolSubject s : new SchoolSubject[] {
      RUSSIAN, LITERATURE, MATHEMATICS, ALGEBRA, GEOMETRY, NATURE_STUDY, HISTORY, SOCIAL_STUDIES, GEOGRAPHY,
      BIOLOGY, PHYSICS, CHEMISTRY, INFORMATICS, ENGLISH, GERMAN, FRENCH, SPANISH, CHINESE}) {
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
