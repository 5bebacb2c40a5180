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

  /**
   * The mean of a numeric field over the matching records that have a value: the sum and how many, with the persons
   * of those records (a record without the value does not count, never as 0); empty when no record has one.
   */
  java.util.Optional<Mean> mean(CalculationContext ctx, Field<T> of) {
    long[] sumAndCount = new long[2];
    matching(ctx).forEach(r -> {
      Object v = of.read().apply(r, ctx);
      if (v instanceof Integer i) {
        sumAndCount[0] += i;
        sumAndCount[1]++;
      }
    });
    return sumAndCount[1] == 0 ? java.util.Optional.empty()
        : java.util.Optional.of(new Mean(java.math.BigDecimal.valueOf(sumAndCount[0]), sumAndCount[1]));
  }

  /** The persons of the matching records that have a value of the field. */
  List<String> personsWith(CalculationContext ctx, Field<T> of) {
    return matching(ctx).filter(r -> of.read().apply(r, ctx) != null).map(kind.person()).distinct().sorted().toList();
  }

  /** The number of matching records. */
  long records(CalculationContext ctx) {
    return matching(ctx).count();
  }
}
