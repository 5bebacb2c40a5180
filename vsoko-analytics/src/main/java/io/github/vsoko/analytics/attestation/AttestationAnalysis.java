package io.github.vsoko.analytics.attestation;

import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Results of промежуточная аттестация for one period (a year, half-year, quarter or trimester): the
 * marks of that period, grouped, counted. A mark of a student unknown to the data is an error; marks
 * of students who left before the period's end are left out by default.
 *
 * @since 0.1.0
 */
public final class AttestationAnalysis {
  private AttestationAnalysis() {}

  /**
   * Counts per group, sorted by group.
   *
   * @param data the organization's data
   * @param period the attestation period (its marks only)
   * @param grouping what to group by
   * @param options denominators and weights
   * @throws IllegalArgumentException for a mark of an unknown student
   */
  public static List<AttestationGroup> analyse(SchoolData data, ReportingPeriod period, AttestationGrouping grouping,
      AttestationOptions options) {
    Map<String, AttestationCounts> groups = new TreeMap<>(Comparator.comparing(AttestationAnalysis::sortKey));
    for (AttestationMark m : data.marks()) {
      if (!m.period().equals(period)) {
        continue;
      }
      Student s = data.student(m.studentId()).orElseThrow(() -> new IllegalArgumentException(
          "mark of unknown student «" + m.studentId() + "» (" + m.subject().name() + ")"));
      if (!counted(data, s, period, options)) {
        continue;
      }
      // the class of that period, from the history: a past year is never labelled with this year's class
      Optional<ClassName> c = data.classOf(s.id(), period.end());
      if (grouping == AttestationGrouping.TEACHER) {
        // a mark counts for each teacher of its subject in that class (groups), or for «учитель не известен»
        List<String> teachers = c.map(x -> data.teachersOf(x, m.subject(), io.github.vsoko.model.time.AcademicYear.of(period.end())))
            .orElse(List.of());
        for (String t : teachers.isEmpty() ? List.of(UNKNOWN_TEACHER) : teachers) {
          // the staff id (a pseudonym) and the position: «t12 — учитель начальных классов»
          String key = teachers.isEmpty() ? t : t + data.staffMember(t).map(x -> " — " + x.position()).orElse("");
          groups.merge(key, count(m), AttestationCounts::plus);
        }
        continue;
      }
      groups.merge(key(c, m, grouping), count(m), AttestationCounts::plus);
    }
    List<AttestationGroup> out = new ArrayList<>();
    groups.forEach((k, c) -> out.add(new AttestationGroup(k, c)));
    return out;
  }

  /**
   * The total over all groups (equal to grouping by {@link AttestationGrouping#SCHOOL}, except by teacher when a subject
   * of a class has several teachers: its marks then count for each).
   */
  public static AttestationCounts total(List<AttestationGroup> groups) {
    return groups.stream().map(AttestationGroup::counts).reduce(AttestationCounts.ZERO, AttestationCounts::plus);
  }

  /**
   * A class followed across periods (когорта): the students who were in {@code className} in {@code year} and their
   * attestation in every period the data hold their marks for, oldest first, each group keyed by the period and the
   * class(es) the students were in then («2023/2024 учебный год — 4Б»), so a class is followed from 4th to 5th grade
   * whatever it is called later.
   *
   * @param data the organization's data, with its enrolment history
   * @param className the class that defines the cohort
   * @param year the academic year the class is taken in
   * @param options denominators and weights
   */
  public static List<AttestationGroup> cohort(SchoolData data, ClassName className, io.github.vsoko.model.time.AcademicYear year,
      AttestationOptions options) {
    java.util.Set<String> members = cohortMembers(data, className, year);
    Map<ReportingPeriod, AttestationCounts> byPeriod = new TreeMap<>(Comparator.comparing(ReportingPeriod::end)
        .thenComparing(ReportingPeriod::start).thenComparing(p -> p.kind().name()));
    Map<ReportingPeriod, java.util.SortedSet<String>> classes = new java.util.HashMap<>();
    for (AttestationMark m : data.marks()) {
      if (!members.contains(m.studentId())) {
        continue;
      }
      Student s = data.student(m.studentId()).orElseThrow();
      ReportingPeriod p = m.period();
      if (!counted(data, s, p, options)) {
        continue;
      }
      byPeriod.merge(p, count(m), AttestationCounts::plus);
      classes.computeIfAbsent(p, k -> new java.util.TreeSet<>(Comparator.comparing(AttestationAnalysis::sortKey)))
          .add(data.classOf(s.id(), p.end()).map(ClassName::toString).orElse(UNKNOWN_CLASS));
    }
    List<AttestationGroup> out = new ArrayList<>();
    byPeriod.forEach((p, c) -> out.add(new AttestationGroup(p.label() + " — " + String.join(", ", classes.get(p)), c)));
    return out;
  }

  /** The students who were in {@code className} at some time in {@code year} (the history's, or the own class). */
  public static java.util.Set<String> cohortMembers(SchoolData data, ClassName className,
      io.github.vsoko.model.time.AcademicYear year) {
    java.util.Set<String> members = new java.util.TreeSet<>();
    for (Student s : data.students()) {
      boolean inHistory = data.enrolmentsOf(s.id()).stream().anyMatch(e -> e.year().equals(year) && e.className().equals(className));
      LocalDate day = year.end().isAfter(data.period().asOfDate()) ? data.period().asOfDate() : year.end();
      if (inHistory || (year.contains(day) && data.classOf(s.id(), day).filter(className::equals).isPresent())) {
        members.add(s.id());
      }
    }
    return java.util.Collections.unmodifiableSet(members);
  }

  /** Whether a student's marks of a period count: not a leaver before its end (when leavers are out) unless graduated. */
  private static boolean counted(SchoolData data, Student s, ReportingPeriod period, AttestationOptions options) {
    return !(options.excludeLeavers() && s.leftOn().map(d -> !d.isAfter(period.end())).orElse(false)
        && !graduated(data, s, period));
  }

  /** Whether the history says the student graduated at the end of the period's academic year (their results count). */
  private static boolean graduated(SchoolData data, Student s, ReportingPeriod period) {
    io.github.vsoko.model.time.AcademicYear year = io.github.vsoko.model.time.AcademicYear.of(period.end());
    return data.enrolmentsOf(s.id()).stream().anyMatch(e -> e.year().equals(year)
        && e.outcome().filter(o -> o == io.github.vsoko.model.school.YearOutcome.GRADUATED).isPresent());
  }

  /** The group of a student whose class in the period is not known (a history without that year). */
  public static final String UNKNOWN_CLASS = "класс не известен";

  /** The group of marks whose subject and class have no teaching assignment that year. */
  public static final String UNKNOWN_TEACHER = "учитель не известен";

  private static String key(Optional<ClassName> c, AttestationMark m, AttestationGrouping grouping) {
    return switch (grouping) {
      case CLASS -> c.map(ClassName::toString).orElse(UNKNOWN_CLASS);
      case GRADE -> c.map(x -> Integer.toString(x.grade().value())).orElse(UNKNOWN_CLASS);
      case LEVEL -> c.map(x -> x.level().abbreviation()).orElse(UNKNOWN_CLASS);
      case SUBJECT -> m.subject().name();
      case CLASS_SUBJECT -> c.map(ClassName::toString).orElse(UNKNOWN_CLASS) + " · " + m.subject().name();
      case SCHOOL -> "организация";
      case TEACHER -> throw new IllegalStateException("teachers are keyed apart");
    };
  }

  /** Classes sort by grade then letter («5А» before «10А»). */
  private static String sortKey(String key) {
    Optional<String> grade = Optional.of(key).filter(k -> k.matches("\\d+.*")).map(k -> k.replaceAll("^(\\d+).*", "$1"));
    return grade.map(g -> String.format("%02d", Integer.parseInt(g)) + key.substring(g.length())).orElse("~" + key);
  }

  private static AttestationCounts count(AttestationMark m) {
    return switch (m.value()) {
      case FIVE -> new AttestationCounts(1, 0, 0, 0, 0, 0, 0);
      case FOUR -> new AttestationCounts(0, 1, 0, 0, 0, 0, 0);
      case THREE -> new AttestationCounts(0, 0, 1, 0, 0, 0, 0);
      case TWO -> new AttestationCounts(0, 0, 0, 1, 0, 0, 0);
      case NOT_ATTESTED -> new AttestationCounts(0, 0, 0, 0, 1, 0, 0);
      case EXEMPT -> new AttestationCounts(0, 0, 0, 0, 0, 1, 0);
      case PASS, FAIL -> new AttestationCounts(0, 0, 0, 0, 0, 0, 1);
    };
  }
}
