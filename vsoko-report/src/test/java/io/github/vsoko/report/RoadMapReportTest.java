package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The road map shows what was done and by when; an empty cell says so instead of staying blank. */
class RoadMapReportTest {
  @Test
  void everyActionShowsItsActionsExpectedResultAndStatus() {
    Table t = Reports.roadMap().tables().get(0);
    assertThat(t.header().get(0).cells()).extracting(Cell::text).containsExactly("№ п/п", "Мероприятие", "Сроки исполнения",
        "Ответственные", "Действия по реализации", "Ожидаемый результат", "Статус");
    List<Row> actions = t.rows().stream().filter(r -> r.kind() == RowKind.NORMAL).toList();
    assertThat(actions).isNotEmpty().allSatisfy(r -> {
      assertThat(r.cells().get(4).text()).isNotBlank();
      assertThat(r.cells().get(5).text()).isNotBlank();
      assertThat(r.cells().get(6).text()).isNotBlank();
    });
  }

  /** On a date the status tells each year a recurring action was not carried out, and the dates it was. */
  @Test
  void aYearMissedIsToldBesideTheDatesCarriedOut() {
    io.github.vsoko.model.time.AcademicYear first = io.github.vsoko.model.time.AcademicYear.starting(2024);
    io.github.vsoko.model.plan.RoadMapAction once = io.github.vsoko.model.plan.RoadMapAction.builder("1.1", "Перепроверка работ ВПР")
        .deadline("Май ежегодно").completedOn(java.time.LocalDate.of(2026, 5, 20)).build();
    io.github.vsoko.model.plan.RoadMapAction twice = io.github.vsoko.model.plan.RoadMapAction.builder("1.2", "Наблюдатели")
        .deadline("Май ежегодно").completedEarlier(java.time.LocalDate.of(2025, 5, 19)).completedOn(java.time.LocalDate.of(2026, 5, 20))
        .build();
    io.github.vsoko.model.plan.RoadMapAction open = io.github.vsoko.model.plan.RoadMapAction.builder("1.3", "Семинар")
        .deadline("Июнь ежегодно").build();
    io.github.vsoko.model.plan.RoadMap map = new io.github.vsoko.model.plan.RoadMap("Карта", java.util.Optional.empty(), first,
        first.next(), List.of(new io.github.vsoko.model.plan.RoadMapSection("1", "Объективность", List.of(once, twice, open))));
    Report r = RoadMapReport.build(map, java.util.Optional.of(java.time.LocalDate.of(2026, 7, 1)), ReportOptions.defaults());
    List<String> statuses = r.tables().get(0).rows().stream().filter(x -> x.kind() == RowKind.NORMAL)
        .map(x -> x.cells().get(6).text()).toList();
    assertThat(statuses).containsExactly("выполнено 20.05.2026; срок пропущен в 2024/2025",
        "выполнено 20.05.2026 (ранее: 19.05.2025)", "запланировано, просрочено; срок пропущен в 2024/2025");
  }
}
