package io.github.vsoko.analytics.vpr;

import io.github.vsoko.model.school.MarkValue;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A scale (шкала перевода) from a ВПР primary score to a mark: «2» below {@code min3}, «3» from
 * {@code min3}, «4» from {@code min4}, «5» from {@code min5}; scores above {@code max}, if known, are
 * rejected. Scales change every year and per subject and grade, so they are data.
 *
 * @param min3 the lowest score for «3»
 * @param min4 the lowest score for «4»
 * @param min5 the lowest score for «5»
 * @param max the maximum primary score, if known
 * @since 0.1.0
 */
public record VprScale(int min3, int min4, int min5, OptionalInt max) {
  /** Validates the order of thresholds. */
  public VprScale {
    Objects.requireNonNull(max, "max");
    if (min3 < 1 || min4 <= min3 || min5 <= min4) {
      throw new IllegalArgumentException("a ВПР scale needs 0 < min3 < min4 < min5, was " + min3 + ", " + min4 + ", " + min5);
    }
    if (max.isPresent() && max.getAsInt() < min5) {
      throw new IllegalArgumentException("the maximum score " + max.getAsInt() + " is below the threshold for «5» (" + min5 + ")");
    }
  }

  /**
   * Parses «MIN3,MIN4,MIN5» or «MIN3,MIN4,MIN5,MAX» (as {@code --scale} takes it).
   *
   * @throws IllegalArgumentException naming what was expected
   */
  public static VprScale parse(String text) {
    String[] parts = text.strip().split("\\s*[,;/]\\s*");
    if (parts.length != 3 && parts.length != 4) {
      throw new IllegalArgumentException("шкала ВПР: ожидается «МИН3,МИН4,МИН5» или «МИН3,МИН4,МИН5,МАКС», получено «" + text + "»");
    }
    int[] v = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        v[i] = Integer.parseInt(parts[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("шкала ВПР: «" + parts[i] + "» не целое число (в «" + text + "»)", e);
      }
    }
    return new VprScale(v[0], v[1], v[2], parts.length == 4 ? OptionalInt.of(v[3]) : OptionalInt.empty());
  }

  /** The mark of a primary score; monotone in the score. */
  public MarkValue mark(int score) {
    if (score < 0 || max.isPresent() && score > max.getAsInt()) {
      throw new IllegalArgumentException("primary score " + score + " is outside 0…" + (max.isPresent() ? max.getAsInt() : "∞"));
    }
    if (score >= min5) {
      return MarkValue.FIVE;
    }
    if (score >= min4) {
      return MarkValue.FOUR;
    }
    return score >= min3 ? MarkValue.THREE : MarkValue.TWO;
  }
}
