package io.github.vsoko.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.fixtures.School29Regulation;
import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.schedule.Schedule;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The plan of functioning of the regulation of МБОУ СОШ № 29 and the model check")
class PlanOfFunctioningTest {
  private final VsokoPlan plan = School29Regulation.plan();

  @Test
  void holdsEveryRowOfTheSourceTableWithItsScheduleAsWritten() {
    assertThat(plan.items()).hasSize(22);
    List<Schedule> expected = School29Regulation.PLAN_SCHEDULE_TEXTS.stream().map(Schedule::parse).toList();
    assertThat(plan.items()).extracting(PlanItem::schedule).containsExactlyElementsOf(expected);
    assertThat(plan.items()).filteredOn(i -> i.area() == QualityArea.RESULTS).hasSize(13);
    assertThat(plan.items()).filteredOn(i -> i.area() == QualityArea.PROCESS).hasSize(3);
    assertThat(plan.items()).filteredOn(i -> i.area() == QualityArea.CONDITIONS).hasSize(6);
  }

  @Test
  void theSourceModelPassesTheCheck() {
    ModelCheckReport report = ModelCheck.check(School29Regulation.model());
    assertThat(report.findings()).isEmpty();
    assertThat(report.passed()).isTrue();
  }

  @Test
  void removingAResponsiblePartyFailsWithAFindingNamingThatRow() {
    List<PlanItem> items = new ArrayList<>(plan.items());
    items.set(14, items.get(14).toBuilder().clearResponsible().build());
    VsokoPlan broken = new VsokoPlan(plan.organizationId(), plan.year(), plan.title(), items);

    ModelCheckReport report = ModelCheck.check(School29Regulation.model().withPlan(broken));

    assertThat(report.passed()).isFalse();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(ModelCheckRule.ITEM_HAS_RESPONSIBLE);
      assertThat(f.planRow()).hasValue(15);
      assertThat(f.location()).contains("строка 15").contains("Реализация учебных планов и рабочих программ учебных предметов");
      assertThat(f.message()).isEqualTo("не указан ответственный");
    });
  }

  @Test
  void aRowWithoutScheduleDocumentOrCriteriaGetsAFindingForEach() {
    PlanItem bare = PlanItem.builder(plan.items().get(0).object()).responsible("Директор").build();
    VsokoPlan withBare = new VsokoPlan(plan.organizationId(), plan.year(), plan.title(),
        concat(plan.items(), bare));

    ModelCheckReport report = ModelCheck.checkPlan(withBare);

    assertThat(report.findings()).extracting(ModelCheckFinding::rule).containsExactly(
        ModelCheckRule.ITEM_HAS_CRITERION, ModelCheckRule.ITEM_HAS_SCHEDULE, ModelCheckRule.ITEM_HAS_DOCUMENT);
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.planRow()).hasValue(23));
  }

  @Test
  void aDeadlineKeptAsWrittenIsAFindingQuotingIt() {
    List<PlanItem> items = new ArrayList<>(plan.items());
    items.set(3, items.get(3).toBuilder().schedule(Schedule.parseOrKeep("после каникул")).build());
    ModelCheckReport report = ModelCheck.checkPlan(new VsokoPlan(plan.organizationId(), plan.year(), plan.title(), items));
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(ModelCheckRule.ITEM_HAS_SCHEDULE);
      assertThat(f.planRow()).hasValue(4);
      assertThat(f.message()).startsWith("срок «после каникул» не распознан");
    });
  }

  @Test
  void aPlanWithoutAnAreaIsReported() {
    VsokoPlan noConditions = new VsokoPlan(plan.organizationId(), plan.year(), plan.title(),
        plan.items().stream().filter(i -> i.area() != QualityArea.CONDITIONS).toList());

    ModelCheckReport report = ModelCheck.checkPlan(noConditions);

    assertThat(report.of(ModelCheckRule.AREA_COVERED)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Качество условий, обеспечивающих образовательную деятельность"));
  }

  @Test
  void missingComponentsAreEachReported() {
    VsokoModel full = School29Regulation.model();
    VsokoModel empty = new VsokoModel(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        new VsokoPlan(plan.organizationId(), plan.year(), plan.title(), List.of()), List.of());

    ModelCheckReport report = ModelCheck.check(empty);

    assertThat(report.findings()).extracting(ModelCheckFinding::rule).containsExactly(
        ModelCheckRule.OBJECTS_PRESENT, ModelCheckRule.PARTICIPANTS_PRESENT, ModelCheckRule.PROCEDURES_PRESENT,
        ModelCheckRule.INSTRUMENTS_PRESENT, ModelCheckRule.RESOURCES_PRESENT, ModelCheckRule.PRODUCTS_PRESENT,
        ModelCheckRule.AREA_COVERED, ModelCheckRule.AREA_COVERED, ModelCheckRule.AREA_COVERED);
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.location()).isNotBlank());
    assertThat(full.plan().items()).isNotEmpty();
  }

  @Test
  void answersWhatIsDueInAMonthAndWhatIsOverdue() {
    assertThat(plan.dueIn(YearMonth.of(2025, 2))).extracting(i -> i.object().title())
        .containsExactly("Выявление уровня сформированности метапредметных результатов (ФГОС ООО, СОО)",
            "Профилактика учебной неуспешности слабоуспевающих и неуспевающих обучающихся");
    // no row has an execution record: every row with a deadline before 1 June is overdue — «Декабрь, июнь» for its
    // December, though its June is still ahead
    assertThat(plan.overdueOn(LocalDate.of(2025, 6, 1))).extracting(i -> plan.items().indexOf(i) + 1)
        .containsExactly(1, 3, 15, 16, 17, 18, 19);
    assertThat(plan.items()).filteredOn(i -> i.schedule().isOverdue(plan.year(), LocalDate.of(2025, 6, 1)))
        .extracting(i -> i.object().title()).containsExactly("Выявление уровня сформированности метапредметных результатов (ФГОС ООО, СОО)",
            "Реализация учебных планов и рабочих программ учебных предметов",
            "Профилактика учебной неуспешности слабоуспевающих и неуспевающих обучающихся",
            "Материально-технические условия", "Учебно-методические условия");
  }

  private static List<PlanItem> concat(List<PlanItem> items, PlanItem extra) {
    List<PlanItem> out = new ArrayList<>(items);
    out.add(extra);
    return out;
  }
}
