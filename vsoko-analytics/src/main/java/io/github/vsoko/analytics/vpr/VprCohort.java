package io.github.vsoko.analytics.vpr;

import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.VprResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ВПР of a cohort (ВПР когорты: 4 → 5 → 6 класс): ВПР rows carry participant codes only, not students, so a cohort
 * is followed through the classes its students were in on 20 April of each ВПР year (the class history) — every work
 * those classes wrote, oldest first. Rows without a class are not counted (their class is not known).
 *
 * @since 0.1.0
 */
public final class VprCohort {
  private VprCohort() {}

  /** The works of the cohort's classes with their counts, by year, then subject, then grade. */
  public static List<VprCohortWork> follow(SchoolData data, Set<String> members, VprScales scales) {
    Map<Integer, Set<ClassName>> classesByYear = new TreeMap<>();
    for (VprResult r : data.vpr()) {
      classesByYear.computeIfAbsent(r.year(), y -> {
        Set<ClassName> classes = new TreeSet<>(Comparator.comparing(ClassName::toString));
        LocalDate day = LocalDate.of(y, 4, 20);
        members.forEach(m -> data.classOf(m, day).ifPresent(classes::add));
        return classes;
      });
    }
    Map<VprWork, List<VprResult>> byWork = new TreeMap<>();
    for (VprResult r : data.vpr()) {
      if (r.className().filter(classesByYear.get(r.year())::contains).isPresent()) {
        byWork.computeIfAbsent(VprWork.of(r), w -> new ArrayList<>()).add(r);
      }
    }
    List<VprCohortWork> out = new ArrayList<>();
    byWork.forEach((work, rows) -> {
      VprAnalysis analysis = new VprAnalysis(scales, false);
      rows.forEach(r -> analysis.accept(data.organization().shortName(), r));
      VprSchoolResult s = analysis.result().schools().get(0);
      List<ClassName> classes = rows.stream().map(r -> r.className().orElseThrow()).distinct()
          .sorted(Comparator.comparing(ClassName::toString)).toList();
      out.add(new VprCohortWork(work, classes, s.counts(), s.marks()));
    });
    return List.copyOf(out);
  }
}
