package io.github.vsoko.io;

import io.github.vsoko.model.school.SchoolSubject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads subject, grade and year from a file's name and folders, as ФИС ОКО and regional systems name
 * them: «Проведение работы по математике, 4 класс. ВПР 2021.xlsx», «2022/5/Математика.xlsx».
 */
final class VprFileNames {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");
  private static final Pattern GRADE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*(?:-?(?:й|го|е|х))?\\s*(?:класс|кл\\.?)");
  private static final Pattern TITLE = Pattern.compile("впр\\s+(20\\d{2})\\s+(.+?)\\s+(\\d{1,2})\\s*класс");
  /** Subjects in the dative, as in «работа по математике». */
  private static final Map<String, SchoolSubject> DATIVE = new LinkedHashMap<>();

  static {
    DATIVE.put("русскому языку", SchoolSubject.RUSSIAN);
    DATIVE.put("математике", SchoolSubject.MATHEMATICS);
    DATIVE.put("окружающему миру", SchoolSubject.NATURE_STUDY);
    DATIVE.put("истории", SchoolSubject.HISTORY);
    DATIVE.put("обществознанию", SchoolSubject.SOCIAL_STUDIES);
    DATIVE.put("географии", SchoolSubject.GEOGRAPHY);
    DATIVE.put("биологии", SchoolSubject.BIOLOGY);
    DATIVE.put("физике", SchoolSubject.PHYSICS);
    DATIVE.put("химии", SchoolSubject.CHEMISTRY);
    DATIVE.put("информатике", SchoolSubject.INFORMATICS);
    DATIVE.put("литературе", SchoolSubject.LITERATURE);
    DATIVE.put("английскому языку", SchoolSubject.ENGLISH);
    DATIVE.put("немецкому языку", SchoolSubject.GERMAN);
    DATIVE.put("французскому языку", SchoolSubject.FRENCH);
    DATIVE.put("испанскому языку", SchoolSubject.SPANISH);
    DATIVE.put("китайскому языку", SchoolSubject.CHINESE);
  }

  /** The two-letter abbreviations ФИС ОКО puts into sheet names («МА 4 Индивидуальные результаты»). */
  private static final Map<String, SchoolSubject> ABBREVIATIONS = Map.ofEntries(
      Map.entry("ру", SchoolSubject.RUSSIAN), Map.entry("ма", SchoolSubject.MATHEMATICS),
      Map.entry("ом", SchoolSubject.NATURE_STUDY), Map.entry("ис", SchoolSubject.HISTORY),
      Map.entry("об", SchoolSubject.SOCIAL_STUDIES), Map.entry("гг", SchoolSubject.GEOGRAPHY),
      Map.entry("би", SchoolSubject.BIOLOGY), Map.entry("фи", SchoolSubject.PHYSICS),
      Map.entry("хи", SchoolSubject.CHEMISTRY), Map.entry("ин", SchoolSubject.INFORMATICS),
      Map.entry("ли", SchoolSubject.LITERATURE), Map.entry("ан", SchoolSubject.ENGLISH),
      Map.entry("не", SchoolSubject.GERMAN), Map.entry("фр", SchoolSubject.FRENCH));
  private static final Pattern SHEET = Pattern.compile("^([а-я]{2})\\s+(\\d{1,2})(?:\\s|$)");

  private VprFileNames() {}

  /** The subject of a sheet named «<2-letter subject> <grade> <report>». */
  static Optional<SchoolSubject> sheetSubject(String sheet) {
    Matcher m = SHEET.matcher(VprColumns.fold(sheet));
    return m.find() ? Optional.ofNullable(ABBREVIATIONS.get(m.group(1))) : Optional.empty();
  }

  /** The grade of a sheet named «<2-letter subject> <grade> <report>». */
  static OptionalInt sheetGrade(String sheet) {
    Matcher m = SHEET.matcher(VprColumns.fold(sheet));
    return m.find() && ABBREVIATIONS.containsKey(m.group(1)) ? OptionalInt.of(Integer.parseInt(m.group(2)))
        : OptionalInt.empty();
  }

  static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** A subject in the dative alone («русскому языку») or after «по». */
  static Optional<SchoolSubject> dative(String text) {
    String t = VprColumns.fold(text).replaceFirst("^по\\s+", "");
    return Optional.ofNullable(DATIVE.get(t));
  }

  /** A two-letter abbreviation («РУ», «МА»). */
  static Optional<SchoolSubject> abbreviation(String text) {
    return Optional.ofNullable(ABBREVIATIONS.get(VprColumns.fold(text)));
  }

  /** A subject named in free text: «…по математике…», «Математика», «Русский язык 5 класс». */
  static Optional<SchoolSubject> subject(String text) {
    String t = VprColumns.fold(text);
    for (Map.Entry<String, SchoolSubject> e : DATIVE.entrySet()) {
      if (t.contains("по " + e.getKey())) {
        return Optional.of(e.getValue());
      }
    }
    Optional<SchoolSubject> whole = SchoolSubject.known(t);
    if (whole.isPresent()) {
      return whole;
    }
    for (String part : t.split("[,._]|\\s+\\d")) {
      Optional<SchoolSubject> s = SchoolSubject.known(part.strip());
      if (s.isPresent()) {
        return s;
      }
    }
    // a catalogue name as words of a longer name: «Форма сбора результатов Математика 4 класс ВПР 2024»
    return SchoolSubject.catalogue().stream().sorted(java.util.Comparator.comparingInt((SchoolSubject s) -> -s.name().length()))
        .filter(s -> (" " + t + " ").contains(" " + VprColumns.fold(s.name()) + " ")).findFirst();
  }

  static OptionalInt grade(String text) {
    Matcher m = GRADE.matcher(VprColumns.fold(text));
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  static OptionalInt year(String text) {
    Matcher m = YEAR.matcher(text);
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /** «ВПР 2021 Математика 4 класс» in a title cell. */
  static Optional<Matcher> title(String text) {
    Matcher m = TITLE.matcher(VprColumns.fold(text));
    return m.find() ? Optional.of(m) : Optional.empty();
  }

  /** The grade of a folder named «4» holding the file. */
  static OptionalInt gradeFolder(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && parent.getFileName() != null && parent.getFileName().toString().matches("\\d{1,2}")) {
      return OptionalInt.of(Integer.parseInt(parent.getFileName().toString()));
    }
    return OptionalInt.empty();
  }

  /** The year of a folder named «2021» above the file (its parent or grandparent). */
  static OptionalInt yearFolder(Path file) {
    Path p = file.toAbsolutePath().getParent();
    for (int i = 0; i < 2 && p != null && p.getFileName() != null; i++, p = p.getParent()) {
      if (p.getFileName().toString().matches("20\\d{2}")) {
        return OptionalInt.of(Integer.parseInt(p.getFileName().toString()));
      }
    }
    return OptionalInt.empty();
  }
}
