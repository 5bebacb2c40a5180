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

  /**
   * Reads a table of minimums ({@code format: vsoko-gia-minimums/1}): entries of a year, a purpose ({@code certificate},
   * {@code admission}, {@code ministry}) and the subjects' minimums by name:
   *
   * <pre>
   * format: vsoko-gia-minimums/1
   * minimums:
   *   - year: 2025
   *     purpose: admission
   *     subjects: {Русский язык: 36, Математика: 27, Обществознание: 42}
   * </pre>
   *
   * @throws IllegalArgumentException naming the source, the entry and the field
   */
  public static GiaMinimums load(String source, java.io.Reader reader) {
    Map<?, ?> doc = io.github.vsoko.analytics.internal.YamlDocuments.document(source, reader, "vsoko-gia-minimums/1");
    java.util.List<?> entries = io.github.vsoko.analytics.internal.YamlDocuments.list(doc, "minimums", source);
    GiaMinimums m = none();
    for (int i = 0; i < entries.size(); i++) {
      String where = source + ", запись " + (i + 1);
      Map<?, ?> e = io.github.vsoko.analytics.internal.YamlDocuments.map(entries.get(i), where);
      int year = io.github.vsoko.analytics.internal.YamlDocuments.integer(e, "year", where)
          .orElseThrow(() -> new IllegalArgumentException(where + ": нет поля «year»"));
      if (year < 2001 || year > 2100) {
        throw new IllegalArgumentException(where + ": поле «year»: ожидается год ЕГЭ, получено " + year);
      }
      String p = io.github.vsoko.analytics.internal.YamlDocuments.text(e, "purpose", where);
      MinimumPurpose purpose = switch (p.toLowerCase(java.util.Locale.ROOT)) {
        case "certificate" -> MinimumPurpose.CERTIFICATE;
        case "admission" -> MinimumPurpose.ADMISSION;
        case "ministry" -> MinimumPurpose.MINISTRY_UNIVERSITIES;
        default -> throw new IllegalArgumentException(where + ": поле «purpose»: ожидается certificate, admission или ministry, "
            + "получено «" + p + "»");
      };
      Map<?, ?> subjects = io.github.vsoko.analytics.internal.YamlDocuments.map(e.get("subjects"), where + ", поле «subjects»");
      if (subjects.isEmpty()) {
        throw new IllegalArgumentException(where + ": поле «subjects» пусто");
      }
      for (Map.Entry<?, ?> s : subjects.entrySet()) {
        String name = String.valueOf(s.getKey());
        java.util.Optional<SchoolSubject> subject = SchoolSubject.known(name);
        if (subject.isEmpty()) {
          throw new IllegalArgumentException(where + ": предмет «" + name + "» не из каталога предметов");
        }
        int minimum;
        try {
          minimum = Integer.parseInt(String.valueOf(s.getValue()).strip());
        } catch (NumberFormatException ex) {
          throw new IllegalArgumentException(where + ", «" + name + "»: ожидается целое число баллов, получено «" + s.getValue() + "»", ex);
        }
        if (minimum < 0 || minimum > 100) {
          throw new IllegalArgumentException(where + ", «" + name + "»: минимум ЕГЭ лежит в 0…100, получено " + minimum);
        }
        m = m.with(year, purpose, subject.get(), minimum);
      }
    }
    return m;
  }

  /** This table with every minimum of {@code other} added; {@code other}'s win where both have one. */
  public GiaMinimums overriddenBy(GiaMinimums other) {
    Map<Key, Integer> copy = new java.util.HashMap<>(table);
    copy.putAll(other.table);
    return new GiaMinimums(copy);
  }

  /** The minimum of a subject for a year and purpose; empty if the table does not cover it. */
  public OptionalInt minimum(int year, MinimumPurpose purpose, SchoolSubject subject) {
    Integer v = table.get(key(year, purpose, subject.code()));
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }
}
