package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.school.DestinationKind;
import io.github.vsoko.model.school.EducationLevel;
import io.github.vsoko.model.school.GraduateDestination;
import io.github.vsoko.model.school.SchoolData;
import java.io.StringReader;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.StudentFlag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in set vsoko.analytics (the regulation of МБОУ СОШ № 29 plan indicators), declared in YAML by a built-in provider. */
class AnalyticsSetTest {
  @Test
  void theSetIsDiscoveredAndComputesTheSourcePlanIndicators() {
    IndicatorRegistry registry = IndicatorRegistry.discover();
    assertThat(registry.problems()).isEmpty();
    IndicatorSet set = registry.requireSet("vsoko.analytics");
    // 2024 graduates: g1–g3 to 10th grade, g4 to СПО; h1, h2 to a вуз, h3 to СПО, h4 employed
    SchoolData data = SmallSchool.data().toBuilder().destinations(List.of(
        new GraduateDestination("g1", EducationLevel.BASIC, 2024, DestinationKind.GRADE_10),
        new GraduateDestination("g2", EducationLevel.BASIC, 2024, DestinationKind.GRADE_10),
        new GraduateDestination("g3", EducationLevel.BASIC, 2024, DestinationKind.GRADE_10),
        new GraduateDestination("g4", EducationLevel.BASIC, 2024, DestinationKind.VOCATIONAL),
        new GraduateDestination("h1", EducationLevel.SECONDARY, 2024, DestinationKind.UNIVERSITY),
        new GraduateDestination("h2", EducationLevel.SECONDARY, 2024, DestinationKind.UNIVERSITY),
        new GraduateDestination("h3", EducationLevel.SECONDARY, 2024, DestinationKind.VOCATIONAL),
        new GraduateDestination("h4", EducationLevel.SECONDARY, 2024, DestinationKind.EMPLOYMENT))).build();
    EvaluationResult r = IndicatorEvaluator.evaluate(set, data);
    assertThat(r.value("2.1")).contains(new Share(2, 8));
    assertThat(r.value("2.2")).contains(new Share(2, 4));
    assertThat(r.value("1.1").orElseThrow()).isInstanceOf(Share.class);
  }

  @Test
  void underachievingStudentsWithRoutesAndTextbookProvision() {
    IndicatorSet set = IndicatorRegistry.discover().requireSet("vsoko.analytics");
    // SmallSchool has 8 students on 31.12.2024; s1–s3 are underachieving: s1 has a route and remedial classes,
    // s2 only a route, s3 neither; 6 of the 8 students have all their textbooks
    SchoolData base = SmallSchool.data();
    List<Student> students = base.students().stream().map(s -> switch (s.id()) {
      case "s1" -> s.withFlags(EnumSet.of(StudentFlag.UNDERACHIEVING, StudentFlag.INDIVIDUAL_ROUTE, StudentFlag.REMEDIAL_CLASSES,
          StudentFlag.TEXTBOOKS_PROVIDED));
      case "s2" -> s.withFlags(EnumSet.of(StudentFlag.UNDERACHIEVING, StudentFlag.INDIVIDUAL_ROUTE));
      case "s3" -> s.withFlags(EnumSet.of(StudentFlag.UNDERACHIEVING));
      default -> s.withFlags(union(s.flags(), StudentFlag.TEXTBOOKS_PROVIDED));
    }).toList();
    SchoolData data = SchoolData.builder(base.organization(), base.period()).students(students).build();
    long onRoll = data.studentsOn(data.period().end()).size();
    long withTextbooks = data.studentsOn(data.period().end()).stream().filter(s -> s.has(StudentFlag.TEXTBOOKS_PROVIDED)).count();
    EvaluationResult r = IndicatorEvaluator.evaluate(set, data);
    assertThat(r.value("3.1")).contains(new Share(2, 3));
    assertThat(r.value("3.2")).contains(new Share(1, 3));
    assertThat(r.value("4.1")).contains(new Share(withTextbooks, onRoll));
    assertThat(withTextbooks).isEqualTo(onRoll - 2);
  }

  private static Set<StudentFlag> union(Set<StudentFlag> flags, StudentFlag extra) {
    Set<StudentFlag> s = EnumSet.of(extra);
    s.addAll(flags);
    return s;
  }

  @Test
  void reservedIdsStayClosedToVendors() {
    IndicatorProvider vendor = new IndicatorProvider() {
      @Override
      public String id() {
        return "acme";
      }

      @Override
      public void register(RegistrationContext context) {
        context.addDeclarativeSet("acme.yaml", new StringReader("set: vsoko.mine\ntitle: t\nsource: {document: d}\nindicators: []\n"));
      }
    };
    IndicatorRegistry registry = IndicatorRegistry.builder().provider(vendor).build();
    assertThat(registry.problems()).singleElement().asString().contains("зарезервированы за встроенными наборами");
    assertThatThrownBy(() -> registry.requireSet("vsoko.mine")).isInstanceOf(IllegalArgumentException.class);
  }
}
