package io.github.vsoko.indicators;

import io.github.vsoko.indicators.CalculationContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A kind of record a declarative indicator counts: where the records come from (on the as-of date
 * or within the period), whose person each belongs to, and its filterable fields.
 */
record RecordKind<T>(String name, String noun, Function<CalculationContext, List<T>> records, Function<T, String> person,
    Map<String, Field<T>> fields) {

  static <T> RecordKind<T> of(String name, String noun, Function<CalculationContext, List<T>> records,
      Function<T, String> person, List<Field<T>> fields) {
    Map<String, Field<T>> byName = new LinkedHashMap<>();
    fields.forEach(f -> byName.put(f.name(), f));
    return new RecordKind<>(name, noun, records, person, byName);
  }
}
