package io.github.vsoko.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/** Reads cell text the Russian way: dd.MM.yyyy dates (and Excel serials), decimal comma, «да/нет». */
final class Cells {
  private static final DateTimeFormatter RU =
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private Cells() {}

  /** A problem with a value, named in Russian by what was expected. */
  static final class BadValue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadValue(String expected) {
      super(expected, null, false, false);
    }
  }

  static LocalDate date(String text) {
    String t = text.strip();
    try {
      if (t.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}(\\s.*)?")) {
        return LocalDate.parse(t.split("\\s")[0], RU);
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return LocalDate.parse(t.substring(0, 10), DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(java.time.format.ResolverStyle.STRICT));
      }
      if (t.matches("\\d{4,5}(\\.0+)?")) {
        return EXCEL_EPOCH.plusDays(Long.parseLong(t.replaceAll("\\.0+$", "")));
      }
    } catch (DateTimeParseException e) {
      throw new BadValue("ожидается существующая дата в виде ДД.ММ.ГГГГ");
    }
    throw new BadValue("ожидается дата в виде ДД.ММ.ГГГГ");
  }

  static int integer(String text) {
    String t = text.strip().replace('\u00A0', ' ').replace(" ", "").replace(',', '.');
    try {
      double d = Double.parseDouble(t);
      if (d == Math.rint(d) && Math.abs(d) < 1e9) {
        return (int) d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadValue("ожидается целое число");
  }

  static BigDecimal decimal(String text) {
    String t = text.strip().replace('\u00A0', ' ').replace(" ", "").replace(',', '.');
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw new BadValue("ожидается число (дробная часть через запятую)");
    }
  }

  static boolean yesNo(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "да", "д", "yes", "y", "true", "1", "+", "истина":
        return true;
      case "нет", "н", "no", "n", "false", "0", "-", "ложь", "":
        return false;
      default:
        throw new BadValue("ожидается «да» или «нет»");
    }
  }

  /** One of the given labels (compared without case, «ё» as «е»). */
  static <T> T choice(String text, Map<String, T> labels) {
    String t = VprColumns.fold(text);
    T value = labels.get(t);
    if (value == null) {
      throw new BadValue("ожидается одно из значений: " + String.join(", ", labels.keySet()));
    }
    return value;
  }
}
