package io.github.vsoko.indicators;

import io.github.vsoko.indicators.CalculationContext;
import java.util.List;
import java.util.stream.Stream;

/** The records of one kind that pass every condition. */
record Selection<T>(RecordKind<T> kind, List<Condition<T>> conditions) {
  private Stream<T> matching(CalculationContext ctx) {
    return kind.records().apply(ctx).stream()
        .filter(r -> conditions.stream().allMatch(c -> c.test().test(c.field().read().apply(r, ctx))));
  }

  /** Distinct persons (students, staff, children, learners) the matching records belong to, sorted. */
  List<String> persons(CalculationContext ctx) {
    return matching(ctx).map(kind.person()).distinct().sorted().toList();
  }

  /** Whether the kind is aggregated: counts add weights and name nobody. */
  boolean aggregated() {
    return kind.weight().isPresent();
  }

  /** The sum of the weights of the matching records of an aggregated kind. */
  long weight(CalculationContext ctx) {
    java.util.function.ToLongFunction<T> w = kind.weight().orElseThrow();
    return matching(ctx).mapToLong(w).sum();
  }

  /** The number of matching records. */
  long records(CalculationContext ctx) {
    return matching(ctx).count();
  }
}
