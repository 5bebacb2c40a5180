package io.github.vsoko.model.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Argument checks shared by the model's value types; messages name the field, the value and the rule. */
public final class Checks {
  private Checks() {}

  /** Requires a non-null value. */
  public static <T> T notNull(T value, String field) {
    if (value == null) { // checked for every field of every record: no message (or lambda) made unless it fails
      throw new NullPointerException(field + " must not be null");
    }
    return value;
  }

  /** Requires a non-blank string and returns it stripped, with inner whitespace collapsed. */
  public static String text(String value, String field) {
    notNull(value, field);
    String normalized = Text.collapseWhitespace(value);
    if (normalized.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return normalized;
  }

  /** Normalizes an optional string: blank becomes empty, whitespace is collapsed. */
  public static Optional<String> optionalText(Optional<String> value, String field) {
    notNull(value, field);
    if (value.isEmpty()) {
      return value;
    }
    String collapsed = Text.collapseWhitespace(value.get());
    return collapsed.isEmpty() ? Optional.empty() : collapsed == value.get() ? value : Optional.of(collapsed);
  }

  /** Requires {@code min <= value <= max}. */
  public static int range(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s must be between %d and %d, was %d", field, min, max, value));
    }
    return value;
  }

  /** Requires a value that is zero or more. */
  public static int nonNegative(int value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s must not be negative, was %d", field, value));
    }
    return value;
  }

  /** Requires a value that is zero or more. */
  public static BigDecimal nonNegative(BigDecimal value, String field) {
    notNull(value, field);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s must not be negative, was %s", field, value.toPlainString()));
    }
    return value;
  }

  /** The largest area accepted, in square metres: ten square kilometres, far above any school's. */
  public static final BigDecimal MAX_AREA = BigDecimal.valueOf(10_000_000);

  /** Requires an area in square metres from 0 to {@link #MAX_AREA} (a value such as 1e400 is a mistake, not a school). */
  public static BigDecimal area(BigDecimal value, String field) {
    nonNegative(value, field);
    if (value.compareTo(MAX_AREA) > 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be at most %s m², was %s", field,
          MAX_AREA.toPlainString(), value.toString()));
    }
    return value;
  }

  /** Requires {@code end} not to be before {@code start}. */
  public static void order(LocalDate start, LocalDate end, String startField, String endField) {
    notNull(start, startField);
    notNull(end, endField);
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s (%s) must not be before %s (%s)", endField, end, startField, start));
    }
  }

  /** Copies a list, rejecting null elements with a message naming the list and the position. */
  public static <T> List<T> list(Collection<? extends T> values, String field) {
    notNull(values, field);
    int i = 0;
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(field + "[" + i + "] must not be null");
      }
      i++;
    }
    return List.copyOf(values);
  }

  /** Copies a list that must have at least one element. */
  public static <T> List<T> nonEmptyList(Collection<? extends T> values, String field) {
    List<T> copy = list(values, field);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    return copy;
  }

  /** Rejects two elements with the same key, naming the key. */
  public static <T> void unique(Collection<T> values, Function<T, ?> key, String field) {
    Set<Object> seen = new HashSet<>();
    for (T value : values) {
      Object k = key.apply(value);
      if (!seen.add(k)) {
        throw new IllegalArgumentException(field + " contains the id '" + k + "' more than once");
      }
    }
  }
}
