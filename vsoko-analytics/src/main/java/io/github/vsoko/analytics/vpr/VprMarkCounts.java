package io.github.vsoko.analytics.vpr;

import io.github.vsoko.model.school.MarkValue;
import java.util.List;

/**
 * How many participants got each ВПР mark (статистика по отметкам): «2», «3», «4», «5». Counts add up, so the
 * marks of a school are the sum of its classes'.
 *
 * @param two participants with «2»
 * @param three participants with «3»
 * @param four participants with «4»
 * @param five participants with «5»
 * @since 0.1.0
 */
public record VprMarkCounts(long two, long three, long four, long five) {
  /** No marks. */
  public static final VprMarkCounts ZERO = new VprMarkCounts(0, 0, 0, 0);

  /** Validates. */
  public VprMarkCounts {
    if (two < 0 || three < 0 || four < 0 || five < 0) {
      throw new IllegalArgumentException("mark counts must not be negative");
    }
  }

  /** Participants with a mark. */
  public long total() {
    return two + three + four + five;
  }

  /** The count of one numeric mark. */
  public long of(MarkValue mark) {
    return switch (mark) {
      case TWO -> two;
      case THREE -> three;
      case FOUR -> four;
      case FIVE -> five;
      default -> throw new IllegalArgumentException("not a ВПР mark: " + mark);
    };
  }

  /** The counts in the order «2», «3», «4», «5». */
  public List<Long> asList() {
    return List.of(two, three, four, five);
  }

  /** The sum of two counts. */
  public VprMarkCounts plus(VprMarkCounts o) {
    return new VprMarkCounts(two + o.two, three + o.three, four + o.four, five + o.five);
  }
}
