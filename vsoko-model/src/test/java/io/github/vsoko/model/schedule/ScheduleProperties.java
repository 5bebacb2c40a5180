package io.github.vsoko.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ScheduleProperties {

  @Property
  void formatThenParseGivesTheSameSchedule(@ForAll("schedules") Schedule schedule) {
    assertThat(Schedule.parse(schedule.format())).isEqualTo(schedule);
  }

  @Property
  void dueDatesAlwaysFallInsideTheAcademicYear(@ForAll("schedules") Schedule schedule, @ForAll("years") AcademicYear year) {
    assertThat(schedule.dueDates(year)).allSatisfy(date -> assertThat(year.contains(date)).isTrue()).isSorted();
  }

  @Property
  void everyDueDateFallsInAMonthTheScheduleIsDueIn(@ForAll("schedules") Schedule schedule, @ForAll("years") AcademicYear year) {
    assertThat(schedule.dueDates(year)).allSatisfy(date -> assertThat(schedule.isDueIn(YearMonth.from(date))).isTrue());
  }

  @Property
  void overdueIsMonotoneInTime(
      @ForAll("schedules") Schedule schedule,
      @ForAll("years") AcademicYear year,
      @ForAll @IntRange(min = 0, max = 800) int firstDay,
      @ForAll @IntRange(min = 0, max = 400) int laterBy) {
    LocalDate first = year.start().minusDays(30).plusDays(firstDay);
    LocalDate later = first.plusDays(laterBy);
    if (schedule.isOverdue(year, first)) {
      assertThat(schedule.isOverdue(year, later)).isTrue();
    }
  }

  @Property
  void aTextKeptAsWrittenIsNeverDueAndPrintsAsWritten(@ForAll("unreadable") String text, @ForAll("years") AcademicYear year) {
    Schedule s = Schedule.parseOrKeep(text);
    assertThat(s.isRecognised()).isFalse();
    assertThat(s.format()).isEqualTo(text.strip().replaceAll("\\s+", " "));
    assertThat(s.dueDates(year)).isEmpty();
    Schedule again = Schedule.parseOrKeep(s.format());
    assertThat(again.isRecognised()).isFalse();
    assertThat(again.format()).isEqualTo(s.format());
  }

  @Provide
  Arbitrary<String> unreadable() {
    return Arbitraries.of("после каникул", "по мере необходимости", "накануне педсовета", "за неделю до ВПР",
        "в каникулы", "по итогам учебного года", "июль-сентябрь", "13-й месяц")
        .flatMap(t -> Arbitraries.of("", " ", "  ").map(pad -> pad + t + pad));
  }

  @Provide
  Arbitrary<AcademicYear> years() {
    return Arbitraries.integers().between(2005, 2035).map(AcademicYear::starting);
  }

  @Provide
  Arbitrary<Schedule> schedules() {
    Arbitrary<Schedule> plain = plainSchedules();
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, plain),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(EXTERNAL).map(t -> (Schedule) new ExternalSchedule(t))),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new Unspecified())),
        net.jqwik.api.Tuple.of(2, perGrade(plain)),
        net.jqwik.api.Tuple.of(2, Combinators.combine(plainOrPerGrade(plain), notes()).as(WithNote::new)),
        net.jqwik.api.Tuple.of(2, combined(plain)));
  }

  /** Several deadlines in one cell: parts that are no lists themselves, not all of them months. */
  private Arbitrary<Schedule> combined(Arbitrary<Schedule> plain) {
    Arbitrary<Schedule> part = plain.filter(p -> !p.format().contains(",") && !(p instanceof Continuous)
        && !(p instanceof OnRequest));
    return part.list().ofMinSize(2).ofMaxSize(3)
        .filter(parts -> !parts.stream().allMatch(p -> p instanceof InMonths))
        .map(Combined::new);
  }

  private Arbitrary<Schedule> plainOrPerGrade(Arbitrary<Schedule> plain) {
    return Arbitraries.oneOf(plain, perGrade(plain));
  }

  private static final List<String> EXTERNAL = List.of(
      "В соответствии с графиком проведения", "Ежегодно (согласно приказу ЦОКО)",
      "Ежегодно в соответствии с графиком проведения",
      "В соответствии с планом-графиком, утвержденным Минпросвещения России и Рособнадзора",
      "В соответствии с инструктивными (или) правовыми актами Минпросвещения России и Рособнадзора",
      "согласно графику ВПР", "по графику муниципалитета");

  private Arbitrary<String> notes() {
    return Arbitraries.of("1 п/г, 2 п/г учеб. года", "пробный", "по итогам четверти", "10-е классы", "учеб. года",
            "итоговый", "1 полугодие", "онлайн", "при наличии")
        .list().ofMinSize(1).ofMaxSize(2).map(words -> String.join(" ", words));
  }

  private Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 40 * 365).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
  }

  private Arbitrary<MonthDay> monthDays() {
    return Arbitraries.integers().between(0, 365).map(d -> MonthDay.from(LocalDate.of(2024, 1, 1).plusDays(d)));
  }

  private Arbitrary<Optional<Year>> optionalYears() {
    return Arbitraries.integers().between(2000, 2040).map(Year::of).optional();
  }

  private Arbitrary<Schedule> plainSchedules() {
    Arbitrary<Schedule> onDate = dates().map(OnDate::new);
    Arbitrary<Schedule> span = Combinators.combine(dates(), Arbitraries.integers().between(1, 90))
        .as((from, days) -> new DateSpan(from, from.plusDays(days)));
    Arbitrary<Schedule> dueBy = dates().map(DueBy::new);
    Arbitrary<Schedule> annualDate = monthDays().map(AnnualDate::new);
    Arbitrary<Schedule> annualDueBy = monthDays().map(AnnualDueBy::new);
    Arbitrary<Schedule> months = Combinators.combine(
            Arbitraries.of(Month.class).set().ofMinSize(1).ofMaxSize(4), optionalYears())
        .as((set, year) -> new InMonths(new ArrayList<>(set), year));
    Arbitrary<Schedule> monthSpan = Combinators.combine(
            Arbitraries.of(Month.class), Arbitraries.of(Month.class), optionalYears())
        .filter((a, b, year) -> a != b && (year.isPresent() || AcademicYear.academicIndex(a) < AcademicYear.academicIndex(b)))
        .as(MonthSpan::new);
    Arbitrary<Schedule> continuous = Combinators.combine(
            Arbitraries.of(ContinuousKind.class), Arbitraries.integers().between(2000, 2040).map(AcademicYear::starting).optional())
        .filter((kind, year) -> year.isEmpty() || kind == ContinuousKind.THROUGHOUT_YEAR)
        .as(Continuous::new);
    Arbitrary<Schedule> fromAugust = Arbitraries.of(Month.class).filter(m -> m != Month.AUGUST)
        .map(m -> (Schedule) MonthSpan.of(Month.AUGUST, m));
    Arbitrary<Schedule> recurring = Arbitraries.of(Frequency.class).map(Recurring::new);
    Arbitrary<Schedule> times = Arbitraries.integers().between(2, 4).map(TimesPerYear::new);
    Arbitrary<Term> terms = Arbitraries.of(PeriodKind.QUARTER, PeriodKind.TRIMESTER, PeriodKind.HALF_YEAR)
        .flatMap(k -> Arbitraries.integers().between(1, k.maxNumber()).map(n -> new Term(k, n)));
    Arbitrary<Schedule> afterTerm = Arbitraries.oneOf(terms.map(AfterTerm::of),
        Arbitraries.of(PeriodKind.QUARTER, PeriodKind.TRIMESTER, PeriodKind.HALF_YEAR).map(AfterTerm::each));
    Arbitrary<Schedule> inTerm = terms.map(InTerm::new);
    return Arbitraries.oneOf(onDate, span, dueBy, annualDate, annualDueBy, months, monthSpan, continuous,
        Arbitraries.just(new OnRequest()), fromAugust, recurring, times, afterTerm, inTerm);
  }

  private Arbitrary<Schedule> perGrade(Arbitrary<Schedule> plain) {
    Arbitrary<List<int[]>> ranges = Arbitraries.integers().between(1, 3).flatMap(n ->
        Arbitraries.integers().between(1, Grade.MAX).set().ofSize(n * 2).map(set -> {
          List<Integer> sorted = set.stream().sorted().toList();
          List<int[]> out = new ArrayList<>();
          for (int i = 0; i < sorted.size(); i += 2) {
            out.add(new int[] {sorted.get(i), sorted.get(i + 1)});
          }
          return out;
        }));
    Arbitrary<Schedule> plainOrNoted = Arbitraries.oneOf(plain, Combinators.combine(plain, notes()).as(WithNote::new));
    return ranges.flatMap(list -> plainOrNoted.list().ofSize(list.size()).map(schedules -> {
      List<GradeSchedule> variants = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        int[] r = list.get(i);
        int to = r[1] == r[0] + 1 && i % 2 == 0 ? r[0] : r[1];
        variants.add(new GradeSchedule(schedules.get(i), Grade.of(r[0]), Grade.of(to)));
      }
      return new PerGrade(variants);
    }));
  }
}
