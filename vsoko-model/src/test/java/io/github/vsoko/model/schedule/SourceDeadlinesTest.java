package io.github.vsoko.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.fixtures.YeniseiskDecision;
import io.github.vsoko.model.fixtures.Recommendations2024;
import io.github.vsoko.model.fixtures.GuryevskRoadMap;
import io.github.vsoko.model.fixtures.School29Regulation;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every deadline written in the source documents parses to what it means")
class SourceDeadlinesTest {

  static Stream<String> allSourceTexts() {
    List<String> texts = new ArrayList<>();
    texts.addAll(YeniseiskDecision.deadlineTexts());
    texts.addAll(YeniseiskDecision.DECISION_DEADLINE_TEXTS);
    texts.addAll(Recommendations2024.deadlineTexts());
    texts.addAll(GuryevskRoadMap.DEADLINE_TEXTS);
    texts.addAll(School29Regulation.PLAN_SCHEDULE_TEXTS);
    texts.addAll(School29Regulation.ROAD_MAP_DEADLINE_TEXTS);
    return texts.stream();
  }

  @ParameterizedTest(name = "«{0}»")
  @MethodSource("allSourceTexts")
  void parsesAndFormatsBackToAnEqualSchedule(String text) {
    Schedule schedule = Schedule.parse(text);
    assertThat(schedule.isSpecified()).isEqualTo(!text.isBlank());
    assertThat(Schedule.parse(schedule.format())).isEqualTo(schedule);
  }

  static Stream<Arguments> meanings() {
    Optional<Year> none = Optional.empty();
    return Stream.of(
        Arguments.of("срок -15.10.2021 г.", new OnDate(LocalDate.of(2021, 10, 15))),
        Arguments.of("Ежегодно \n(согласно приказу \nЦОКО)", new ExternalSchedule("Ежегодно (согласно приказу ЦОКО)")),
        Arguments.of("Ежегодно в \nсоответствии с \nграфиком \nпроведения",
            new ExternalSchedule("Ежегодно в соответствии с графиком проведения")),
        Arguments.of("Ежегодно", Continuous.of(ContinuousKind.ANNUAL)),
        Arguments.of("Февраль -  апрель \nежегодно", MonthSpan.of(Month.FEBRUARY, Month.APRIL)),
        Arguments.of("По запросам", new OnRequest()),
        Arguments.of("Апрель ежегодно", InMonths.of(Month.APRIL)),
        Arguments.of("Ноябрь 2021 г.", new InMonths(List.of(Month.NOVEMBER), Optional.of(Year.of(2021)))),
        Arguments.of("Октябрь -  ноябрь\n2021г.", new MonthSpan(Month.OCTOBER, Month.NOVEMBER, Optional.of(Year.of(2021)))),
        Arguments.of("Ноябрь 2022г.", new InMonths(List.of(Month.NOVEMBER), Optional.of(Year.of(2022)))),
        Arguments.of("постоянно", Continuous.of(ContinuousKind.PERMANENT)),
        Arguments.of("на постоянной основе", Continuous.of(ContinuousKind.PERMANENT)),
        Arguments.of("до 01.09.2024г.", new DueBy(LocalDate.of(2024, 9, 1))),
        Arguments.of("в течение 2024-2025 учебного года.",
            new Continuous(ContinuousKind.THROUGHOUT_YEAR, Optional.of(AcademicYear.starting(2024)))),
        Arguments.of("24-30 августа 2022 г.", new DateSpan(LocalDate.of(2022, 8, 24), LocalDate.of(2022, 8, 30))),
        Arguments.of("В течение учебного года", Continuous.of(ContinuousKind.THROUGHOUT_YEAR)),
        Arguments.of("В течение года", Continuous.of(ContinuousKind.THROUGHOUT_YEAR)),
        Arguments.of("До 01 сентября 2022 г.", new DueBy(LocalDate.of(2022, 9, 1))),
        Arguments.of("Февраль-март 2022 г.", new MonthSpan(Month.FEBRUARY, Month.MARCH, Optional.of(Year.of(2022)))),
        Arguments.of("Декабрь, июнь (1 п/г, 2 п/г учеб. года)",
            new WithNote(InMonths.of(Month.DECEMBER, Month.JUNE), "1 п/г, 2 п/г учеб. года")),
        Arguments.of("Февраль 9-е классы Май 10-е классы", new PerGrade(List.of(
            GradeSchedule.of(InMonths.of(Month.FEBRUARY), Grade.of(9)),
            GradeSchedule.of(InMonths.of(Month.MAY), Grade.of(10))))),
        Arguments.of("Сентябрь - май", MonthSpan.of(Month.SEPTEMBER, Month.MAY)),
        Arguments.of("Сентябрь, январь, май", new InMonths(List.of(Month.SEPTEMBER, Month.JANUARY, Month.MAY), none)),
        Arguments.of("Ежегодно до 30 ноября", new AnnualDueBy(MonthDay.of(Month.NOVEMBER, 30))),
        Arguments.of("Ежегодно, апрель, октябрь, декабрь", InMonths.of(Month.OCTOBER, Month.DECEMBER, Month.APRIL)),
        Arguments.of("декабрь-январь", MonthSpan.of(Month.DECEMBER, Month.JANUARY)),
        Arguments.of("В соответствии с инструктивными (или) правовыми актами Минпросвещения России и Рособнадзора",
            new ExternalSchedule("В соответствии с инструктивными (или) правовыми актами Минпросвещения России и Рособнадзора")),
        Arguments.of("", new Unspecified()));
  }

  @ParameterizedTest(name = "«{0}»")
  @MethodSource("meanings")
  void readsTheMeaning(String text, Schedule expected) {
    assertThat(Schedule.parse(text)).isEqualTo(expected);
  }

  @Test
  void theShiftedCellOfRoadMapRow23IsRejectedNamingTheText() {
    assertThatThrownBy(() -> Schedule.parse(School29Regulation.SHIFTED_DEADLINE_CELL_2_3))
        .isInstanceOf(ScheduleParseException.class)
        .hasMessageContaining("«" + School29Regulation.SHIFTED_DEADLINE_CELL_2_3 + "»")
        .satisfies(e -> assertThat(((ScheduleParseException) e).text()).isEqualTo(School29Regulation.SHIFTED_DEADLINE_CELL_2_3));
  }
}
