package io.github.vsoko.report.internal;

import io.github.vsoko.report.Language;
import io.github.vsoko.report.ParagraphKind;
import java.time.LocalDate;

/** Fixed labels renderers print, in the report's language, and the text safety rules they share. */
final class Labels {
  private Labels() {}

  static String gap(Language l) {
    return l.pick("Заполняется вручную", "To complete by hand");
  }

  static String note(Language l) {
    return l.pick("Примечание", "Note");
  }

  static String chart(Language l) {
    return l.pick("Диаграмма", "Chart");
  }

  static String page(Language l) {
    return l.pick("Страница", "Page");
  }

  static String contents(Language l) {
    return l.pick("Содержание", "Contents");
  }

  static String date(Language l) {
    return l.pick("Дата", "Date");
  }

  static String prefix(ParagraphKind kind, Language l) {
    return switch (kind) {
      case TEXT -> "";
      case GAP -> gap(l) + ": ";
      case NOTE -> note(l) + ": ";
    };
  }

  static String formatDate(LocalDate date) {
    return io.github.vsoko.indicators.RussianFormat.date(date);
  }

  /**
   * Text a spreadsheet could take for a formula («=», «+», «-», «@», tab, carriage return first) gets a
   * leading apostrophe (the OWASP rule for CSV injection).
   */
  static String neutralize(String text) {
    return looksLikeFormula(text) ? "'" + text : text;
  }

  static boolean looksLikeFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
