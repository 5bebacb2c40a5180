package io.github.vsoko.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AcademicYearTest {
  @ParameterizedTest
  @ValueSource(strings = {"2024/2025", "2024-2025", "2024–2025", "2024 / 25", "2024/2025 учебный год", "2024-2025 уч. г."})
  void parsesTheWaysSchoolsWriteIt(String text) {
    assertThat(AcademicYear.parse(text)).isEqualTo(AcademicYear.starting(2024));
  }

  @Test
  void runsFromFirstSeptemberToThirtyFirstAugust() {
    AcademicYear year = AcademicYear.starting(2024);
    assertThat(year.start()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2025, 8, 31));
    assertThat(year).hasToString("2024/2025");
    assertThat(AcademicYear.of(LocalDate.of(2025, 8, 31))).isEqualTo(year);
    assertThat(AcademicYear.of(LocalDate.of(2025, 9, 1))).isEqualTo(year.next());
    assertThat(year.months()).hasSize(12).startsWith(YearMonth.of(2024, 9)).endsWith(YearMonth.of(2025, 8));
    assertThat(year.month(Month.JANUARY)).isEqualTo(YearMonth.of(2025, 1));
  }

  @Test
  void reportingPeriodsDefaultToTheCalendarYearAsOfThirtyFirstDecember() {
    ReportingPeriod year = ReportingPeriod.calendarYear(2024);
    assertThat(year.asOfDate()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(year.label()).isEqualTo("2024 год");
    assertThat(ReportingPeriod.academicYear(AcademicYear.starting(2024)).label()).isEqualTo("2024/2025 учебный год");
    assertThat(ReportingPeriod.term(PeriodKind.QUARTER, 2, LocalDate.of(2024, 11, 5), LocalDate.of(2024, 12, 28)).label())
        .isEqualTo("2 четверть 2024/2025 учебного года");
    assertThat(year.withAsOfDate(LocalDate.of(2024, 9, 1)).asOfDate()).isEqualTo(LocalDate.of(2024, 9, 1));
  }
}
