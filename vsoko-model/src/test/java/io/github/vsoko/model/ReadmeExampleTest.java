package io.github.vsoko.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.check.ModelCheck;
import io.github.vsoko.model.fixtures.School29Regulation;
import io.github.vsoko.model.schedule.Schedule;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Runs the code shown in docs/schedules.md (and the model check the docs describe), so the examples cannot rot. */
class ReadmeExampleTest {
  @Test
  void readmeExample() {
    Schedule s = Schedule.parse("Декабрь, июнь (1 п/г, 2 п/г учеб. года)");
    assertThat(s.dueDates(AcademicYear.parse("2024/2025")))
        .containsExactly(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 6, 30));
    assertThat(ModelCheck.check(School29Regulation.model()).findings()).isEmpty();
  }

  @Test
  void schedulesPageExample() {
    Schedule s = Schedule.parse("Февраль -  апрель \nежегодно");
    assertThat(s.format()).isEqualTo("Февраль – апрель");
    assertThat(s.dueDates(AcademicYear.parse("2024/2025"))).containsExactly(LocalDate.of(2025, 4, 30));
    assertThat(s.isDueIn(YearMonth.of(2025, 3))).isTrue();
    assertThat(s.isOverdue(AcademicYear.starting(2024), LocalDate.of(2025, 5, 15))).isTrue();
  }
}
