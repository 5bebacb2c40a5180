package io.github.vsoko.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleTest {
  private static final AcademicYear Y2024 = AcademicYear.starting(2024);

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Nested
  @DisplayName("due dates within an academic year")
  class DueDates {
    @Test
    void monthsFallAtMonthEndsInAcademicOrder() {
      assertThat(Schedule.parse("Декабрь, июнь").dueDates(Y2024)).containsExactly(d(2024, 12, 31), d(2025, 6, 30));
      assertThat(Schedule.parse("Сентябрь, январь, май").dueDates(Y2024))
          .containsExactly(d(2024, 9, 30), d(2025, 1, 31), d(2025, 5, 31));
    }

    @Test
    void aMonthInAFixedYearIsDueOnlyInTheAcademicYearThatHoldsIt() {
      Schedule november2021 = Schedule.parse("Ноябрь 2021 г.");
      assertThat(november2021.dueDates(AcademicYear.starting(2021))).containsExactly(d(2021, 11, 30));
      assertThat(november2021.dueDates(AcademicYear.starting(2022))).isEmpty();
    }

    @Test
    void aRangeIsDueAtTheEndOfItsLastMonth() {
      assertThat(Schedule.parse("Февраль – апрель ежегодно").dueDates(Y2024)).containsExactly(d(2025, 4, 30));
      assertThat(Schedule.parse("декабрь-январь").dueDates(Y2024)).containsExactly(d(2025, 1, 31));
      assertThat(Schedule.parse("Октябрь - ноябрь 2021г.").dueDates(AcademicYear.starting(2021)))
          .containsExactly(d(2021, 11, 30));
    }

    @Test
    void yearlyDeadlinesLandInTheRightCalendarYear() {
      assertThat(Schedule.parse("Ежегодно до 30 ноября").dueDates(Y2024)).containsExactly(d(2024, 11, 30));
      assertThat(Schedule.parse("Ежегодно 25 мая").dueDates(Y2024)).containsExactly(d(2025, 5, 25));
      assertThat(new AnnualDueBy(MonthDay.of(2, 29)).dueDates(Y2024)).containsExactly(d(2025, 2, 28));
    }

    @Test
    void continuousSchedulesAreDueAtYearEndOrNever() {
      assertThat(Schedule.parse("В течение учебного года").dueDates(Y2024)).containsExactly(d(2025, 8, 31));
      assertThat(Schedule.parse("Ежегодно").dueDates(Y2024)).containsExactly(d(2025, 8, 31));
      assertThat(Schedule.parse("постоянно").dueDates(Y2024)).isEmpty();
      Schedule only2024 = Schedule.parse("в течение 2024-2025 учебного года");
      assertThat(only2024.dueDates(Y2024)).containsExactly(d(2025, 8, 31));
      assertThat(only2024.dueDates(Y2024.next())).isEmpty();
    }

    @Test
    void externalAndOnRequestSchedulesHaveNoDates() {
      assertThat(Schedule.parse("В соответствии с графиком проведения").dueDates(Y2024)).isEmpty();
      assertThat(Schedule.parse("По запросам").dueDates(Y2024)).isEmpty();
      assertThat(Schedule.parse("").dueDates(Y2024)).isEmpty();
    }

    @Test
    void perGradeSchedulesAnswerForEachGrade() {
      PerGrade schedule = (PerGrade) Schedule.parse("Февраль 9-е классы Май 10-е классы");
      assertThat(schedule.dueDates(Y2024)).containsExactly(d(2025, 2, 28), d(2025, 5, 31));
      assertThat(schedule.forGrade(Grade.of(9))).contains(InMonths.of(Month.FEBRUARY));
      assertThat(schedule.forGrade(Grade.of(10))).contains(InMonths.of(Month.MAY));
      assertThat(schedule.forGrade(Grade.of(11))).isEmpty();
      assertThat(Schedule.parse("Май 10-11-е классы")).isEqualTo(new PerGrade(List.of(
          new GradeSchedule(InMonths.of(Month.MAY), Grade.of(10), Grade.of(11)))));
    }
  }

  @Nested
  @DisplayName("due in a month")
  class DueInMonth {
    @Test
    void rangesCoverEveryMonthBetweenTheirEnds() {
      Schedule septemberToMay = Schedule.parse("Сентябрь - май");
      assertThat(Y2024.months().stream().filter(septemberToMay::isDueIn).map(YearMonth::getMonth))
          .containsExactly(Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER, Month.JANUARY,
              Month.FEBRUARY, Month.MARCH, Month.APRIL, Month.MAY);
    }

    @Test
    void fixedDatesAreDueInTheirOwnMonthOnly() {
      Schedule date = Schedule.parse("До 01.09.2024");
      assertThat(date.isDueIn(YearMonth.of(2024, 9))).isTrue();
      assertThat(date.isDueIn(YearMonth.of(2025, 9))).isFalse();
      Schedule span = Schedule.parse("24-30 августа 2022 г.");
      assertThat(span.isDueIn(YearMonth.of(2022, 8))).isTrue();
      assertThat(span.isDueIn(YearMonth.of(2022, 9))).isFalse();
    }

    @Test
    void aRangeInAFixedYearIsDueOnlyThen() {
      Schedule range = Schedule.parse("Февраль-март 2022 г.");
      assertThat(range.isDueIn(YearMonth.of(2022, 3))).isTrue();
      assertThat(range.isDueIn(YearMonth.of(2023, 3))).isFalse();
    }
  }

  @Nested
  @DisplayName("overdue")
  class Overdue {
    @Test
    void isOverdueOnlyAfterTheLastDeadlineOfTheYear() {
      Schedule s = Schedule.parse("Декабрь, июнь");
      assertThat(s.isOverdue(Y2024, d(2025, 6, 30))).isFalse();
      assertThat(s.isOverdue(Y2024, d(2025, 7, 1))).isTrue();
    }

    @Test
    void ongoingAndExternalWorkIsNeverOverdue() {
      assertThat(Schedule.parse("постоянно").isOverdue(Y2024, d(2030, 1, 1))).isFalse();
      assertThat(Schedule.parse("По запросам").isOverdue(Y2024, d(2030, 1, 1))).isFalse();
      assertThat(Schedule.parse("В соответствии с графиком проведения").isOverdue(Y2024, d(2030, 1, 1))).isFalse();
    }

    @Test
    void aDueByDeadlineIsInclusive() {
      Schedule s = Schedule.parse("до 01.09.2024г.");
      assertThat(s.isOverdue(Y2024, d(2024, 9, 1))).isFalse();
      assertThat(s.isOverdue(Y2024, d(2024, 9, 2))).isTrue();
    }
  }

  @Nested
  @DisplayName("reading text")
  class Reading {
    @ParameterizedTest
    @ValueSource(strings = {"ФЕВРАЛЬ — АПРЕЛЬ", "февраль–апрель", "Февраль - апрель.", "  февраль \u00a0-\u00a0 апрель  "})
    void caseSpacingAndDashesDoNotMatter(String text) {
      assertThat(Schedule.parse(text)).isEqualTo(MonthSpan.of(Month.FEBRUARY, Month.APRIL));
    }

    @Test
    void readsOtherCommonForms() {
      assertThat(Schedule.parse("в декабре")).isEqualTo(InMonths.of(Month.DECEMBER));
      assertThat(Schedule.parse("Декабрь и май")).isEqualTo(InMonths.of(Month.DECEMBER, Month.MAY));
      assertThat(Schedule.parse("не позднее 20.04.2025")).isEqualTo(new DueBy(d(2025, 4, 20)));
      assertThat(Schedule.parse("с 01.09.2024 по 30.09.2024")).isEqualTo(new DateSpan(d(2024, 9, 1), d(2024, 9, 30)));
      assertThat(Schedule.parse("По запросу")).isEqualTo(new OnRequest());
      assertThat(Schedule.parse("Сроки: май")).isEqualTo(InMonths.of(Month.MAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Когда-нибудь", "31.02.2024", "Ежегодно 01.09.2024", "Май 13-е классы", "Май (", "до вечера",
        "Июнь - сентябрь", "(примечание)", "9-е классы"})
    void rejectsWhatItCannotReadNamingTheText(String text) {
      assertThatThrownBy(() -> Schedule.parse(text))
          .isInstanceOf(ScheduleParseException.class)
          .hasMessageContaining("«" + text + "»");
    }
  }

  @Test
  void formatsCanonically() {
    assertThat(Schedule.parse("Февраль -  апрель \nежегодно").format()).isEqualTo("Февраль – апрель");
    assertThat(Schedule.parse("до 01.09.2024г.").format()).isEqualTo("До 01.09.2024");
    assertThat(Schedule.parse("Октябрь -  ноябрь\n2021г.").format()).isEqualTo("Октябрь – ноябрь 2021 г.");
    assertThat(Schedule.parse("Ежегодно, апрель, октябрь, декабрь").format()).isEqualTo("Октябрь, декабрь, апрель");
    assertThat(Schedule.parse("Февраль 9-е классы Май 10-е классы").format()).isEqualTo("Февраль 9-е классы, май 10-е классы");
    assertThat(new InMonths(List.of(Month.MAY), Optional.of(Year.of(2025))).format()).isEqualTo("Май 2025 г.");
  }
}
