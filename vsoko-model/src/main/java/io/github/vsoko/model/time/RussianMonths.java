package io.github.vsoko.model.time;

import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import io.github.vsoko.model.internal.Text;

/**
 * Russian month names (названия месяцев) in the forms plans are written in: «декабрь», «декабря», «в декабре».
 *
 * @since 0.1.0
 */
public final class RussianMonths {
  private static final String[] NOMINATIVE = {
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"
  };
  private static final String[] GENITIVE = {
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря"
  };
  private static final String[] PREPOSITIONAL = {
    "январе", "феврале", "марте", "апреле", "мае", "июне",
    "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"
  };
  private static final String[][] ABBREVIATIONS = {
    {"янв"}, {"фев", "февр"}, {"мар"}, {"апр"}, {}, {"июн"},
    {"июл"}, {"авг"}, {"сен", "сент"}, {"окт"}, {"ноя", "нояб"}, {"дек"}
  };
  private static final Map<String, Month> ANY_FORM = new HashMap<>();
  private static final Map<String, Month> GENITIVE_FORM = new HashMap<>();

  static {
    for (int i = 0; i < 12; i++) {
      Month month = Month.of(i + 1);
      ANY_FORM.put(NOMINATIVE[i], month);
      ANY_FORM.put(GENITIVE[i], month);
      ANY_FORM.put(PREPOSITIONAL[i], month);
      GENITIVE_FORM.put(GENITIVE[i], month);
      for (String abbreviation : ABBREVIATIONS[i]) {
        ANY_FORM.put(abbreviation, month);
        GENITIVE_FORM.put(abbreviation, month);
      }
    }
  }

  private RussianMonths() {}

  /** A month from a word in any form and case: «Декабрь», «декабря», «в декабре», «дек.». */
  public static Optional<Month> parse(String word) {
    String w = Text.fold(Text.collapseWhitespace(word));
    if (w.startsWith("в ")) {
      w = w.substring(2).strip();
    }
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return Optional.ofNullable(ANY_FORM.get(w));
  }

  /** A month from the word after a day number, in the genitive («30 ноября», «1 сент.»). */
  public static Optional<Month> parseAfterDay(String word) {
    String w = Text.fold(Text.collapseWhitespace(word));
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return Optional.ofNullable(GENITIVE_FORM.get(w));
  }

  /** «декабрь». */
  public static String nominative(Month month) {
    return NOMINATIVE[month.ordinal()];
  }

  /** «декабря». */
  public static String genitive(Month month) {
    return GENITIVE[month.ordinal()];
  }
}
