package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Text;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A mark (отметка) on the five-point scale, or a non-numeric outcome of attestation.
 *
 * @since 0.1.0
 */
public enum MarkValue {
  /** «2» — неудовлетворительно. */
  TWO("2", 2),
  /** «3» — удовлетворительно. */
  THREE("3", 3),
  /** «4» — хорошо. */
  FOUR("4", 4),
  /** «5» — отлично. */
  FIVE("5", 5),
  /** «н/а» — не аттестован. */
  NOT_ATTESTED("н/а", 0),
  /** «осв.» — освобождён. */
  EXEMPT("осв.", 0),
  /** «зачёт». */
  PASS("зачёт", 0),
  /** «незачёт». */
  FAIL("незачёт", 0);

  private final String label;
  private final int points;
  private final OptionalInt numeric;

  MarkValue(String label, int points) {
    this.label = label;
    this.points = points;
    this.numeric = points > 0 ? OptionalInt.of(points) : OptionalInt.empty();
  }

  /**
   * The numeric mark 2–5.
   *
   * @throws IllegalArgumentException naming the value otherwise
   */
  public static MarkValue of(int mark) {
    return switch (mark) {
      case 2 -> TWO;
      case 3 -> THREE;
      case 4 -> FOUR;
      case 5 -> FIVE;
      default -> throw new IllegalArgumentException("mark must be between 2 and 5, was " + mark);
    };
  }

  /**
   * Reads a mark as journals write it: «5», «н/а», «н\а», «na», «осв», «освобожден», «зачёт», «зач»,
   * «незачёт», «незач». Returns empty for anything else («нет отметки», blank, text).
   */
  public static Optional<MarkValue> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = Text.fold(Text.collapseWhitespace(text)).replace(" ", "");
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return switch (t) {
      case "2", "2.0", "2,0" -> Optional.of(TWO);
      case "3", "3.0", "3,0" -> Optional.of(THREE);
      case "4", "4.0", "4,0" -> Optional.of(FOUR);
      case "5", "5.0", "5,0" -> Optional.of(FIVE);
      case "н/а", "н\\а", "на", "неаттестован", "неаттестована" -> Optional.of(NOT_ATTESTED);
      case "осв", "освоб", "освобожден", "освобождена" -> Optional.of(EXEMPT);
      case "зачет", "зач", "зачтено" -> Optional.of(PASS);
      case "незачет", "незач", "незачтено" -> Optional.of(FAIL);
      default -> Optional.empty();
    };
  }

  /** Whether this is a numeric mark 2–5. */
  public boolean isNumeric() {
    return points > 0;
  }

  /** The numeric mark, if this is one. */
  public OptionalInt points() {
    return numeric;
  }

  /** «5», «н/а», «осв.», «зачёт». */
  public String label() {
    return label;
  }
}
