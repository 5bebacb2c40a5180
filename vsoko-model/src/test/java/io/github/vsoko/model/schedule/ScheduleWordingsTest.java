package io.github.vsoko.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The deadline wordings real plans use beyond dates and months (issue 19): each read, printed back and dated. */
class ScheduleWordingsTest {
  private static final AcademicYear Y = AcademicYear.starting(2024);

  @ParameterizedTest(name = "«{0}» → «{1}»")
  @CsvSource(delimiter = '|', value = {
      "ежемесячно | Ежемесячно",
      "Ежемесячно. | Ежемесячно",
      "1 раз в месяц | Ежемесячно",
      "еженедельно | Еженедельно",
      "каждую неделю | Еженедельно",
      "2 раза в год | 2 раза в год",
      "два раза в год | 2 раза в год",
      "4 раза в год | 4 раза в год",
      "ежеквартально | 4 раза в год",
      "1 раз в полугодие | 2 раза в год",
      "1 раз в год | Ежегодно",
      "по окончании четверти | По окончании четверти",
      "По окончании каждой четверти | По окончании четверти",
      "по итогам триместра | По окончании триместра",
      "по итогам I полугодия | По окончании I полугодия",
      "По окончании 2-й четверти | По окончании II четверти",
      "в конце первого полугодия | По окончании I полугодия",
      "по итогам четвертей | По окончании четверти",
      "I полугодие | I полугодие",
      "во II полугодии | II полугодие",
      "в течение II полугодия | II полугодие",
      "3 четверть | III четверть",
      "второй триместр | II триместр",
      "август-сентябрь | Август – сентябрь",
      "Август – октябрь | Август – октябрь",
      "октябрь-ноябрь, март-апрель | Октябрь – ноябрь, март – апрель",
      "Октябрь – ноябрь; март – апрель. | Октябрь – ноябрь, март – апрель",
      "до 20 апреля, до 1 сентября | Ежегодно до 20 апреля, ежегодно до 1 сентября",
      "по окончании I полугодия, май | По окончании I полугодия, май",
      "15.10 | Ежегодно 15 октября",
      "до 15.10 | Ежегодно до 15 октября",
      "15.10.2024 | 15.10.2024",
      "по графику | По графику",
      "в течение года | В течение учебного года"})
  void readsAndPrintsBack(String written, String printed) {
    Schedule s = Schedule.parse(written);
    assertThat(s.format()).isEqualTo(printed);
    assertThat(Schedule.parse(s.format())).isEqualTo(s);
  }

  @Test
  void monthlyWorkFallsDueAtTheEndOfEveryMonthOfLessons() {
    List<LocalDate> dates = Schedule.parse("ежемесячно").dueDates(Y);
    assertThat(dates).hasSize(9).startsWith(LocalDate.of(2024, 9, 30)).endsWith(LocalDate.of(2025, 5, 31));
    assertThat(Schedule.parse("ежемесячно").isDueIn(YearMonth.of(2025, 7))).isFalse();
  }

  @Test
  void weeklyWorkFallsDueEverySundayFromSeptemberToMay() {
    List<LocalDate> dates = Schedule.parse("еженедельно").dueDates(Y);
    assertThat(dates.get(0)).isEqualTo(LocalDate.of(2024, 9, 1)); // 1 September 2024 was a Sunday
    assertThat(dates.get(dates.size() - 1)).isEqualTo(LocalDate.of(2025, 5, 25));
    assertThat(dates).hasSize(39);
  }

  @Test
  void termsEndInTheirUsualMonths() {
    assertThat(Schedule.parse("по окончании четверти").dueDates(Y)).containsExactly(LocalDate.of(2024, 10, 31),
        LocalDate.of(2024, 12, 31), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 5, 31));
    assertThat(Schedule.parse("по окончании триместра").dueDates(Y)).containsExactly(LocalDate.of(2024, 11, 30),
        LocalDate.of(2025, 2, 28), LocalDate.of(2025, 5, 31));
    assertThat(Schedule.parse("2 раза в год").dueDates(Y)).containsExactly(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 5, 31));
    Schedule firstHalf = Schedule.parse("I полугодие");
    assertThat(firstHalf.dueDates(Y)).containsExactly(LocalDate.of(2024, 12, 31));
    assertThat(firstHalf.isDueIn(YearMonth.of(2024, 9))).isTrue();
    assertThat(firstHalf.isDueIn(YearMonth.of(2025, 1))).isFalse();
    assertThat(Schedule.parse("по итогам II полугодия")).isEqualTo(AfterTerm.of(new Term(PeriodKind.HALF_YEAR, 2)));
  }

  @Test
  void augustToSeptemberIsTheStartOfTheYear() {
    Schedule s = Schedule.parse("август-сентябрь");
    assertThat(s.dueDates(Y)).containsExactly(LocalDate.of(2024, 9, 30));
    assertThat(s.isDueIn(YearMonth.of(2024, 8))).isTrue();
    assertThat(s.isDueIn(YearMonth.of(2024, 9))).isTrue();
    assertThat(s.isDueIn(YearMonth.of(2024, 10))).isFalse();
    assertThatThrownBy(() -> Schedule.parse("июнь-сентябрь")).isInstanceOf(ScheduleParseException.class);
  }

  @Test
  void severalDeadlinesAreEachJudged() {
    Schedule s = Schedule.parse("октябрь-ноябрь, март-апрель");
    assertThat(s).isInstanceOf(Combined.class);
    assertThat(s.dueDates(Y)).containsExactly(LocalDate.of(2024, 11, 30), LocalDate.of(2025, 4, 30));
    assertThat(s.isDueIn(YearMonth.of(2025, 1))).isFalse();
    assertThat(s.isDueIn(YearMonth.of(2025, 3))).isTrue();
    // a list of months stays one schedule of months
    assertThat(Schedule.parse("декабрь, июнь")).isEqualTo(InMonths.of(Month.DECEMBER, Month.JUNE));
  }

  @Test
  void datesWithoutAYearRecurEveryYear() {
    assertThat(Schedule.parse("15.10")).isEqualTo(new AnnualDate(MonthDay.of(10, 15)));
    assertThat(Schedule.parse("до 25.05")).isEqualTo(new AnnualDueBy(MonthDay.of(5, 25)));
    assertThat(Schedule.parse("до 25.05").dueDates(Y)).containsExactly(LocalDate.of(2025, 5, 25));
  }

  @Test
  void aTextNoFormMatchesIsKeptAsWrittenWithTheReason() {
    Schedule s = Schedule.parseOrKeep("  после  каникул ");
    assertThat(s).isInstanceOf(Unrecognised.class);
    assertThat(s.isRecognised()).isFalse();
    assertThat(s.isSpecified()).isTrue();
    assertThat(s.format()).isEqualTo("после каникул");
    assertThat(((Unrecognised) s).reason()).contains("после каникул");
    assertThat(s.dueDates(Y)).isEmpty();
    assertThat(s.isOverdue(Y, LocalDate.of(2030, 1, 1))).isFalse();
    assertThat(Schedule.parseOrKeep("декабрь, июнь")).isEqualTo(InMonths.of(Month.DECEMBER, Month.JUNE));
    assertThat(Optional.of(Schedule.parseOrKeep("")).map(Schedule::isSpecified)).contains(false);
  }
}
