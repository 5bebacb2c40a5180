package io.github.vsoko.analytics.gia;

import io.github.vsoko.model.school.MarkValue;
import java.util.Objects;

/**
 * An extra condition of an exam scale (дополнительное условие шкалы перевода): a mark from {@code fromMark} up
 * is given only if the part of the work named {@code part} earned at least {@code minPoints} primary points —
 * e.g. ОГЭ mathematics: «3» and above need at least 2 points for geometry (tasks 15–19, 23–25).
 *
 * @param part the part of the work, as in {@link io.github.vsoko.model.school.ExamResult#partScores()} («геометрия»)
 * @param minPoints the least points for the part
 * @param fromMark the lowest mark the condition applies to («3», «4» or «5»); it applies to the higher marks too
 * @since 0.1.0
 */
public record PartCondition(String part, int minPoints, MarkValue fromMark) {
  /** Validates the condition. */
  public PartCondition {
    Objects.requireNonNull(part, "part");
    part = part.strip();
    if (part.isEmpty()) {
      throw new IllegalArgumentException("a part condition needs the name of the part");
    }
    if (minPoints < 1) {
      throw new IllegalArgumentException("a part condition needs at least 1 point, was " + minPoints);
    }
    Objects.requireNonNull(fromMark, "from mark");
    if (!fromMark.isNumeric() || fromMark.points().getAsInt() < 3) {
      throw new IllegalArgumentException("a part condition applies from «3», «4» or «5», not «" + fromMark.label() + "»");
    }
  }

  /** Whether the condition applies to a mark. */
  public boolean appliesTo(int mark) {
    return mark >= fromMark.points().getAsInt();
  }
}
