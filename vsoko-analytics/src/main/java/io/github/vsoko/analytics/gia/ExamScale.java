package io.github.vsoko.analytics.gia;

import io.github.vsoko.model.school.MarkValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A scale from an exam's primary score to a mark (шкала перевода первичного балла ОГЭ/ГВЭ в отметку): the mark is
 * the highest m whose threshold the total reaches and whose {@link PartCondition conditions} the parts meet. Scales are
 * adopted every year, so they are data ({@link ExamScales}).
 *
 * @param min3 the lowest total for «3»
 * @param min4 the lowest total for «4»
 * @param min5 the lowest total for «5»
 * @param max the maximum primary score, if known
 * @param conditions extra conditions on parts of the work
 * @since 0.1.0
 */
public record ExamScale(int min3, int min4, int min5, OptionalInt max, List<PartCondition> conditions) {
  /** Validates the thresholds. */
  public ExamScale {
    Objects.requireNonNull(max, "max");
    if (min3 < 1 || min4 <= min3 || min5 <= min4) {
      throw new IllegalArgumentException("an exam scale needs 0 < min3 < min4 < min5, was " + min3 + ", " + min4 + ", " + min5);
    }
    if (max.isPresent() && max.getAsInt() < min5) {
      throw new IllegalArgumentException("the maximum score " + max.getAsInt() + " is below the threshold for «5» (" + min5 + ")");
    }
    conditions = List.copyOf(conditions);
    for (PartCondition c : conditions) {
      if (max.isPresent() && c.minPoints() > max.getAsInt()) {
        throw new IllegalArgumentException("the condition on «" + c.part() + "» asks " + c.minPoints()
            + " points, above the maximum " + max.getAsInt());
      }
    }
  }

  /** Whether a mark on this scale needs points by part. */
  public boolean needsParts() {
    return !conditions.isEmpty();
  }

  /**
   * The mark of a total and the points by part; monotone in the total and in every part.
   *
   * @throws IllegalArgumentException if the total is outside the scale or a part a condition needs is not given
   */
  public MarkValue mark(int total, Map<String, Integer> parts) {
    int mark = byTotal(total);
    boolean lowered = true;
    while (lowered) { // a condition that lowers the mark may bring a condition of a lower mark into play
      lowered = false;
      for (PartCondition c : conditions) {
        if (!c.appliesTo(mark)) {
          continue;
        }
        Integer points = points(parts, c.part());
        if (points == null) {
          throw new IllegalArgumentException("the scale needs the points for «" + c.part() + "» to give a mark to "
              + total + " points");
        }
        if (points < c.minPoints()) {
          mark = c.fromMark().points().getAsInt() - 1;
          lowered = true;
        }
      }
    }
    return MarkValue.of(mark);
  }

  /** The mark the total alone would give, ignoring the part conditions. */
  public MarkValue markByTotal(int total) {
    return MarkValue.of(byTotal(total));
  }

  private int byTotal(int total) {
    if (total < 0 || max.isPresent() && total > max.getAsInt()) {
      throw new IllegalArgumentException("primary score " + total + " is outside 0…" + (max.isPresent() ? max.getAsInt() : "∞"));
    }
    return total >= min5 ? 5 : total >= min4 ? 4 : total >= min3 ? 3 : 2;
  }

  private static Integer points(Map<String, Integer> parts, String part) {
    for (Map.Entry<String, Integer> e : parts.entrySet()) {
      if (e.getKey().strip().equalsIgnoreCase(part)) {
        return e.getValue();
      }
    }
    return null;
  }
}
