package io.github.vsoko.analytics.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.ClassEnrolment;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.YearOutcome;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** A past year is analysed by the classes of that year: the history decides, and only the history. */
class HistoryProperties {
  private static final AcademicYear YEAR = AcademicYear.starting(2023);
  private static final ReportingPeriod ANNUAL = ReportingPeriod.academicYear(YEAR);
  private static final SchoolData DATA = SmallSchool.data();

  /** Each student of the small school put into one of three 2023/2024 classes «5А», «5Б», «5В» by the choices given. */
  private static List<ClassEnrolment> history(List<Integer> choices) {
    List<ClassEnrolment> out = new ArrayList<>();
    List<Student> students = DATA.students();
    for (int i = 0; i < students.size(); i++) {
      out.add(ClassEnrolment.of(students.get(i).id(), YEAR, klass(choices.get(i % choices.size())), YearOutcome.PROMOTED));
    }
    return out;
  }

  private static ClassName klass(int choice) {
    return new ClassName(Grade.of(5), String.valueOf("АБВ".charAt(choice)));
  }

  private static Map<String, AttestationCounts> byClass(SchoolData data) {
    Map<String, AttestationCounts> out = new TreeMap<>();
    AttestationAnalysis.analyse(data, ANNUAL, AttestationGrouping.CLASS, AttestationOptions.defaults())
        .forEach(g -> out.put(g.key(), g.counts()));
    return out;
  }

  /** The per-class analysis of a past year equals counting each mark in the class the history gives its student. */
  @Property(tries = 60)
  void perClassAnalysisOfAPastYearIsTheRecomputationFromTheHistory(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 2) Integer> choices) {
    SchoolData data = DATA.toBuilder().enrolments(history(choices)).build();
    Map<String, ClassName> classOf = new HashMap<>();
    data.enrolments().forEach(e -> classOf.put(e.studentId(), e.className()));
    Map<String, AttestationCounts> expected = new TreeMap<>();
    List<AttestationGroup> all = AttestationAnalysis.analyse(data, ANNUAL, AttestationGrouping.SCHOOL, AttestationOptions.defaults());
    for (AttestationMark m : data.marks()) {
      Optional<Student> s = data.student(m.studentId());
      if (!m.period().equals(ANNUAL) || s.get().leftOn().map(d -> !d.isAfter(ANNUAL.end())).orElse(false)) {
        continue;
      }
      expected.merge(classOf.get(m.studentId()).toString(), one(m), AttestationCounts::plus);
    }
    assertThat(byClass(data)).isEqualTo(expected);
    assertThat(AttestationAnalysis.total(all)).isEqualTo(expected.values().stream()
        .reduce(AttestationCounts.ZERO, AttestationCounts::plus));
  }

  private static AttestationCounts one(AttestationMark m) {
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

  /** Moving one student to another class in the middle of the year changes those two classes and no other. */
  @Property(tries = 60)
  void movingAStudentChangesExactlyTheTwoClasses(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 2) Integer> choices,
      @ForAll @IntRange(min = 0, max = 20) int who, @ForAll @IntRange(min = 1, max = 2) int shift,
      @ForAll @IntRange(min = 0, max = 200) int day) {
    List<ClassEnrolment> before = history(choices);
    ClassEnrolment moved = before.get(who % before.size());
    ClassName to = klass(("АБВ".indexOf(moved.className().letter()) + shift) % 3);
    LocalDate last = YEAR.start().plusDays(day);
    List<ClassEnrolment> after = new ArrayList<>(before);
    after.remove(moved);
    after.add(new ClassEnrolment(moved.studentId(), YEAR, moved.className(), Optional.empty(), Optional.of(last),
        Optional.of(YearOutcome.MOVED)));
    after.add(new ClassEnrolment(moved.studentId(), YEAR, to, Optional.of(last.plusDays(1)), Optional.empty(),
        Optional.of(YearOutcome.PROMOTED)));
    Map<String, AttestationCounts> a = byClass(DATA.toBuilder().enrolments(before).build());
    Map<String, AttestationCounts> b = byClass(DATA.toBuilder().enrolments(after).build());
    for (String c : List.of("5А", "5Б", "5В")) {
      if (!c.equals(moved.className().toString()) && !c.equals(to.toString())) {
        assertThat(b.get(c)).as(c).isEqualTo(a.get(c));
      }
    }
    AttestationCounts from = a.getOrDefault(moved.className().toString(), AttestationCounts.ZERO);
    AttestationCounts into = a.getOrDefault(to.toString(), AttestationCounts.ZERO);
    assertThat(b.getOrDefault(moved.className().toString(), AttestationCounts.ZERO)
        .plus(b.getOrDefault(to.toString(), AttestationCounts.ZERO))).isEqualTo(from.plus(into));
  }
}
