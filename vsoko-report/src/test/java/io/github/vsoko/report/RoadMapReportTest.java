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
}
