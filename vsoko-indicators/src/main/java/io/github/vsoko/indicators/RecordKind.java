package io.github.vsoko.indicators;

import io.github.vsoko.indicators.CalculationContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A kind of record a declarative indicator counts: where the records come from (on the as-of date
 * or within the period), whose person each belongs to, and its filterable fields. An aggregated kind (survey answers)
 * has no persons: each record stands for a number of them ({@code weight}), and counts add the weights.
 */
record RecordKind<T>(String name, String noun, Function<CalculationContext, List<T>> records, Function<T, String> person,
    Map<String, Field<T>> fields, java.util.Optional<java.util.function.ToLongFunction<T>> weight) {

  static <T> RecordKind<T> of(String name, String noun, Function<CalculationContext, List<T>> records,
      Function<T, String> person, List<Field<T>> fields) {
    Map<String, Field<T>> byName = new LinkedHashMap<>();
    fields.forEach(f -> byName.put(f.name(), f));
    return new RecordKind<>(name, noun, records, person, byName, java.util.Optional.empty());
  }

  /** An aggregated kind: each record counts {@code weight} persons, none of them identified. */
  static <T> RecordKind<T> aggregated(String name, String noun, Function<CalculationContext, List<T>> records,
      java.util.function.ToLongFunction<T> weight, List<Field<T>> fields) {
    RecordKind<T> k = of(name, noun, records, r -> "", fields);
    return new RecordKind<>(k.name(), k.noun(), k.records(), k.person(), k.fields(), java.util.Optional.of(weight));
  }
}
