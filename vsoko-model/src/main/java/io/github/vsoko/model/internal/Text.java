package io.github.vsoko.model.internal;

import com.google.common.base.CharMatcher;

/** Text normalization used by the model's parsers. */
public final class Text {
  private static final CharMatcher SPACES = CharMatcher.whitespace().or(CharMatcher.is('\u00A0'));
  private static final CharMatcher DASHES =
      CharMatcher.anyOf("\u2010\u2011\u2012\u2013\u2014\u2015\u2212");

  private Text() {}

  /** Strips the text and collapses every run of whitespace (including no-break spaces) to one space. */
  public static String collapseWhitespace(String text) {
    if (isCollapsed(text)) {
      return text; // the common case (codes, logins, labels of every row): no copy
    }
    return SPACES.trimAndCollapseFrom(text, ' ');
  }

  /** Whether the text is already stripped with single plain spaces only. */
  private static boolean isCollapsed(String text) {
    boolean previousSpace = true; // a leading space is not collapsed
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = SPACES.matches(c);
      if (space && (c != ' ' || previousSpace)) {
        return false;
      }
      previousSpace = space;
    }
    return !previousSpace || text.isEmpty();
  }

  /** Replaces every kind of dash with a hyphen-minus. */
  public static String unifyDashes(String text) {
    return DASHES.replaceFrom(text, '-');
  }

  /** Lower-cases character by character (indices keep their meaning) and folds «ё» into «е». */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      out.append(c == 'ё' ? 'е' : c);
    }
    return out.toString();
  }

  /** Upper-cases the first character. */
  public static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Lower-cases the first character. */
  public static String decapitalize(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
