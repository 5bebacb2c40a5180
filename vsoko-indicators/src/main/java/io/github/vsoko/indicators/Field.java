package io.github.vsoko.indicators;

import io.github.vsoko.indicators.CalculationContext;
import java.util.List;
import java.util.function.BiFunction;

/** A field of a record kind: its type, the names it may hold, and how to read it. */
record Field<T>(String name, FieldType type, List<String> names, BiFunction<T, CalculationContext, Object> read) {
  static <T> Field<T> of(String name, FieldType type, List<String> names, BiFunction<T, CalculationContext, Object> read) {
    return new Field<>(name, type, List.copyOf(names), read);
  }
}
