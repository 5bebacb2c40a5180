package io.github.vsoko.analytics.literacy;

import io.github.vsoko.model.school.LiteracyDirection;
import io.github.vsoko.model.school.LiteracyLevel;
import io.github.vsoko.model.school.LiteracyResult;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.time.ReportingPeriod;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Functional literacy of a school in a period: for every direction and group, students by level on their latest
 * diagnostic of the period (a student counts once per direction). Groups are sorted by direction, then by grade and
 * class; the school group is «школа».
 *
 * @since 0.1.0
 */
public final class LiteracyAnalysis {
  private LiteracyAnalysis() {}

  /** The groups of the period. */
  public static List<LiteracyGroup> analyse(SchoolData data, ReportingPeriod period, LiteracyGrouping grouping) {
    Map<LiteracyDirection, Map<String, Counts>> byDirection = new EnumMap<>(LiteracyDirection.class);
    for (LiteracyResult r : data.latestLiteracy(period)) {
      String group = group(data.student(r.studentId()), grouping);
      Counts c = byDirection.computeIfAbsent(r.direction(), d -> new TreeMap<>(LiteracyAnalysis::compareGroups))
          .computeIfAbsent(group, g -> new Counts());
      if (r.level().isPresent()) {
        c.levels.merge(r.level().get(), 1L, Long::sum);
      } else {
        c.withoutLevel++;
      }
    }
    List<LiteracyGroup> out = new ArrayList<>();
    byDirection.forEach((direction, groups) -> groups.forEach((group, c) ->
        out.add(new LiteracyGroup(direction, group, c.levels, c.withoutLevel))));
    return out;
  }

  private static final class Counts {
    final Map<LiteracyLevel, Long> levels = new EnumMap<>(LiteracyLevel.class);
    long withoutLevel;
  }

  private static String group(Optional<Student> student, LiteracyGrouping grouping) {
    return switch (grouping) {
      case SCHOOL -> "школа";
      case CLASS -> student.map(s -> s.className().toString()).orElse("—");
      case PARALLEL -> student.map(s -> s.grade().value() + " классы").orElse("—");
    };
  }

  /** «5А» before «10А»: by the leading number, then as text. */
  private static int compareGroups(String a, String b) {
    int c = Integer.compare(leadingNumber(a), leadingNumber(b));
    return c != 0 ? c : a.compareTo(b);
  }

  private static int leadingNumber(String s) {
    int i = 0;
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
    }
    return i == 0 ? Integer.MAX_VALUE : Integer.parseInt(s.substring(0, i));
  }
}
