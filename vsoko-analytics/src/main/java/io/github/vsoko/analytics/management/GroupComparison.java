package io.github.vsoko.analytics.management;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A municipality's comparison of schools within comparable groups (сопоставимые группы: by kind, size,
 * location — as the caller groups them): each school's value of a measurement against its group's
 * mean and its rank in the group.
 *
 * @param organizationId the school
 * @param group its group
 * @param value its value
 * @param groupMean the mean of the group's values (schools with the value only)
 * @param difference value − group mean
 * @param rank 1 for the highest value in the group (ties share the better rank)
 * @param groupSize schools of the group with the value
 * @since 0.1.0
 */
public record GroupComparison(String organizationId, String group, BigDecimal value, BigDecimal groupMean, BigDecimal difference,
    int rank, int groupSize) {
  /** Validates. */
  public GroupComparison {
    Objects.requireNonNull(organizationId, "organization id");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(groupMean, "group mean");
    Objects.requireNonNull(difference, "difference");
  }

  /**
   * Compares every school that has the measurement within its group.
   *
   * @param schools the schools' measurements
   * @param groups the group of each organization id (a school missing here is its own group «—»)
   * @param metric the measurement's name
   * @return sorted by group, then rank, then id
   */
  public static List<GroupComparison> compare(List<Measurements> schools, Map<String, String> groups, String metric) {
    Map<String, List<Measurements>> byGroup = new TreeMap<>();
    for (Measurements m : schools) {
      if (m.value(metric).isPresent()) {
        byGroup.computeIfAbsent(groups.getOrDefault(m.organizationId(), "—"), k -> new ArrayList<>()).add(m);
      }
    }
    List<GroupComparison> out = new ArrayList<>();
    byGroup.forEach((group, members) -> {
      BigDecimal sum = members.stream().map(m -> m.value(metric).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal mean = sum.divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_UP);
      for (Measurements m : members) {
        BigDecimal v = m.value(metric).orElseThrow();
        int rank = 1 + (int) members.stream().filter(o -> o.value(metric).orElseThrow().compareTo(v) > 0).count();
        out.add(new GroupComparison(m.organizationId(), group, v, mean, v.subtract(mean), rank, members.size()));
      }
    });
    out.sort(Comparator.comparing(GroupComparison::group).thenComparingInt(GroupComparison::rank)
        .thenComparing(GroupComparison::organizationId));
    return out;
  }
}
