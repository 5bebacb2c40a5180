package io.github.vsoko.analytics.literacy;

import io.github.vsoko.model.school.LiteracyDirection;
import io.github.vsoko.model.school.LiteracyLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One direction of functional literacy in one group: students by level, and those whose result has a score but no
 * level (counted apart, never turned into a level).
 *
 * @param direction the direction
 * @param group «5А», «5 классы» or «школа»
 * @param levels students by level
 * @param withoutLevel students whose latest result has no level
 * @since 0.1.0
 */
public record LiteracyGroup(LiteracyDirection direction, String group, Map<LiteracyLevel, Long> levels, long withoutLevel) {
  /** Validates and copies. */
  public LiteracyGroup {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(group, "group");
    EnumMap<LiteracyLevel, Long> copy = new EnumMap<>(LiteracyLevel.class);
    for (LiteracyLevel l : LiteracyLevel.values()) {
      long n = levels.getOrDefault(l, 0L);
      if (n < 0) {
        throw new IllegalArgumentException("a count of students is never negative, was " + n);
      }
      copy.put(l, n);
    }
    levels = Collections.unmodifiableMap(copy);
  }

  /** Students with a level: the denominator of the shares. */
  public long withLevel() {
    return levels.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Students at a level. */
  public long count(LiteracyLevel level) {
    return levels.get(level);
  }

  /** The share of students at a level, in per cent (2 decimals, HALF_UP); empty when nobody has a level. */
  public Optional<BigDecimal> share(LiteracyLevel level) {
    return percent(count(level));
  }

  /** The share of students at средний or above, in per cent; empty when nobody has a level. */
  public Optional<BigDecimal> atLeastMediumShare() {
    return percent(levels.entrySet().stream().filter(e -> e.getKey().atLeastMedium()).mapToLong(Map.Entry::getValue).sum());
  }

  private Optional<BigDecimal> percent(long n) {
    long total = withLevel();
    return total == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(n * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP));
  }

  /** This group's counts plus another's of the same direction (for a municipality over its schools). */
  public LiteracyGroup plus(LiteracyGroup other, String group) {
    if (other.direction != direction) {
      throw new IllegalArgumentException("cannot add «" + other.direction.title() + "» to «" + direction.title() + "»");
    }
    EnumMap<LiteracyLevel, Long> sum = new EnumMap<>(LiteracyLevel.class);
    for (LiteracyLevel l : LiteracyLevel.values()) {
      sum.put(l, count(l) + other.count(l));
    }
    return new LiteracyGroup(direction, group, sum, withoutLevel + other.withoutLevel);
  }
}
