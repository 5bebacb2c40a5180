package io.github.vsoko.analytics.gia;

import io.github.vsoko.indicators.order1324.EgeMinimumPurpose;
import io.github.vsoko.indicators.order1324.EgeMinimums;
import io.github.vsoko.model.school.SchoolSubject;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * ЕГЭ minimum test scores as data: (year, purpose, subject) → minimum. Years a table does not cover
 * give no minimum — never a guess. Bundled: the 2026 minimums of Рособрнадзор and Минобрнауки
 * (2026/27 admission) for every subject, and русский язык / профильная математика for 2015 on from
 * the order № 1324 set (docs/gia.md).
 *
 * @since 0.1.0
 */
public final class GiaMinimums {
  private final Map<Key, Integer> table;

  /** A subject's minimum for a purpose in a year. */
  private record Key(int year, MinimumPurpose purpose, String subject) {}

  private GiaMinimums(Map<Key, Integer> table) {
    this.table = table;
  }

  private static Key key(int year, MinimumPurpose purpose, String subjectCode) {
    return new Key(year, purpose, subjectCode);
  }

  /** An empty table. */
  public static GiaMinimums none() {
    return new GiaMinimums(new java.util.HashMap<>());
  }

  /** A copy with one minimum added or replaced. */
  public GiaMinimums with(int year, MinimumPurpose purpose, SchoolSubject subject, int minimum) {
    Objects.requireNonNull(purpose, "purpose");
    if (minimum < 0 || minimum > 100) {
      throw new IllegalArgumentException("a ЕГЭ minimum lies in 0…100, was " + minimum);
    }
    Map<Key, Integer> copy = new java.util.HashMap<>(table);
    copy.put(key(year, purpose, subject.code()), minimum);
    return new GiaMinimums(copy);
  }

  /** The bundled table. */
  public static GiaMinimums bundled() {
    GiaMinimums m = none();
    String[][] admission2026 = {
      {"russian", "36"}, {"math", "27"}, {"social-studies", "42"}, {"informatics", "40"}, {"geography", "37"}, {"physics", "36"},
      {"chemistry", "36"}, {"biology", "36"}, {"history", "32"}, {"literature", "32"}, {"english", "22"}, {"german", "22"},
      {"french", "22"}, {"spanish", "22"}, {"chinese", "22"}};
    String[][] ministry2026 = {
      {"russian", "40"}, {"math", "40"}, {"physics", "41"}, {"social-studies", "45"}, {"history", "40"}, {"informatics", "46"},
      {"english", "40"}, {"german", "40"}, {"french", "40"}, {"spanish", "40"}, {"chinese", "40"}, {"literature", "40"},
      {"biology", "40"}, {"geography", "40"}, {"chemistry", "40"}};
    for (String[] r : admission2026) {
      m = m.with(2026, MinimumPurpose.ADMISSION, SchoolSubject.of(code(r[0])), Integer.parseInt(r[1]));
    }
    for (String[] r : ministry2026) {
      m = m.with(2026, MinimumPurpose.MINISTRY_UNIVERSITIES, SchoolSubject.of(code(r[0])), Integer.parseInt(r[1]));
    }
    for (int year = EgeMinimums.FIRST_YEAR; year <= 2026; year++) {
      m = m.with(year, MinimumPurpose.CERTIFICATE, SchoolSubject.RUSSIAN,
          EgeMinimums.russian(year, EgeMinimumPurpose.CERTIFICATE).getAsInt());
      m = m.with(year, MinimumPurpose.CERTIFICATE, SchoolSubject.MATHEMATICS, EgeMinimums.profileMathematics(year).getAsInt());
      if (year < 2026) {
        m = m.with(year, MinimumPurpose.ADMISSION, SchoolSubject.RUSSIAN, EgeMinimums.russian(year, EgeMinimumPurpose.ADMISSION)
            .getAsInt());
      }
    }
    return m;
  }

  private static String code(String code) {
    return switch (code) {
      case "russian" -> SchoolSubject.RUSSIAN.name();
      case "math" -> SchoolSubject.MATHEMATICS.name();
      case "social-studies" -> SchoolSubject.SOCIAL_STUDIES.name();
      case "informatics" -> SchoolSubject.INFORMATICS.name();
      case "geography" -> SchoolSubject.GEOGRAPHY.name();
      case "physics" -> SchoolSubject.PHYSICS.name();
      case "chemistry" -> SchoolSubject.CHEMISTRY.name();
      case "biology" -> SchoolSubject.BIOLOGY.name();
      case "history" -> SchoolSubject.HISTORY.name();
      case "literature" -> SchoolSubject.LITERATURE.name();
      case "english" -> SchoolSubject.ENGLISH.name();
      case "german" -> SchoolSubject.GERMAN.name();
      case "french" -> SchoolSubject.FRENCH.name();
      case "spanish" -> SchoolSubject.SPANISH.name();
      case "chinese" -> SchoolSubject.CHINESE.name();
      default -> throw new IllegalArgumentException(code);
    };
  }

  /** The minimum of a subject for a year and purpose; empty if the table does not cover it. */
  public OptionalInt minimum(int year, MinimumPurpose purpose, SchoolSubject subject) {
    Integer v = table.get(key(year, purpose, subject.code()));
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }
}
