package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.internal.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class (класс) as schools name it: a grade and a letter or suffix («5А», «10 б» → «10Б»,
 * «7-В», «11 "А"»). Latin letters that look Cyrillic (A, B, C, E, H, K, M, O, P, T, X) are read
 * as Cyrillic, so «5A» typed on an English layout equals «5А».
 *
 * @param grade the grade
 * @param letter the letter or suffix in upper case; empty for a school with one class per grade
 * @since 0.1.0
 */
public record ClassName(Grade grade, String letter) implements Comparable<ClassName> {
  private static final Pattern TEXT =
      Pattern.compile("(\\d{1,2})\\s*(?:класс)?\\s*[-\\s\"«'„“]*\\s*([\\p{L}\\d]{0,4}?)\\s*[\"»'“”]?");
  private static final Pattern LETTER = Pattern.compile("[\\p{L}\\d]{0,4}");
  private static final String LATIN = "ABCEHKMOPTX";
  private static final String CYRILLIC = "АВСЕНКМОРТХ";

  /** Validates and normalizes the letter. */
  public ClassName {
    Checks.notNull(grade, "grade");
    Checks.notNull(letter, "class letter");
    letter = normalizeLetter(letter.strip());
    if (!LETTER.matcher(letter).matches()) {
      throw new IllegalArgumentException("class letter must be up to four letters or digits, was «" + letter + "»");
    }
  }

  /**
   * Parses a class name such as «5А», «10 б», «7-В», «11 "А"», «9 класс».
   *
   * @throws IllegalArgumentException naming the text if it is not a class name
   */
  public static ClassName parse(String text) {
    Checks.notNull(text, "class name");
    String s = Text.unifyDashes(Text.collapseWhitespace(text));
    Matcher m = TEXT.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException("class name must be a grade and a letter such as «5А», was «" + text + "»");
    }
    int grade = Integer.parseInt(m.group(1));
    if (grade < 1 || grade > Grade.MAX) {
      throw new IllegalArgumentException(
          "class name «" + text + "» has grade " + grade + "; grades run from 1 to " + Grade.MAX);
    }
    return new ClassName(Grade.of(grade), m.group(2));
  }

  private static String normalizeLetter(String letter) {
    StringBuilder out = new StringBuilder(letter.length());
    for (char c : letter.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
      int latin = LATIN.indexOf(c);
      out.append(latin >= 0 ? CYRILLIC.charAt(latin) : (c == 'Ё' ? 'Е' : c));
    }
    return out.toString();
  }

  /** The level of education of the class. */
  public EducationLevel level() {
    return grade.level();
  }

  @Override
  public int compareTo(ClassName other) {
    int byGrade = grade.compareTo(other.grade);
    return byGrade != 0 ? byGrade : letter.compareTo(other.letter);
  }

  /** «5А»; a suffix that starts with a digit is set off by a hyphen: «4-1». */
  @Override
  public String toString() {
    return grade.value() + (!letter.isEmpty() && Character.isDigit(letter.charAt(0)) ? "-" : "") + letter;
  }
}
