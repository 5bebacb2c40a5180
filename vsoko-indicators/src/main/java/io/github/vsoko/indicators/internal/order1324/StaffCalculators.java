package io.github.vsoko.indicators.internal.order1324;

import static io.github.vsoko.indicators.internal.order1324.Support.ids;

import io.github.vsoko.indicators.Calculation;
import io.github.vsoko.indicators.CalculationContext;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.indicators.order1324.ExperienceHeaderRow;
import io.github.vsoko.indicators.order1324.Order1324Policies;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.TrainingRecord;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Staff indicators shared by the three order № 1324 sets (education, category, service, age, training). */
final class StaffCalculators {
  static final String TEACHERS = "педагогических работников";
  static final String TEACHERS_AND_ADMIN = "педагогических и административно-хозяйственных работников";

  private StaffCalculators() {}

  /** The number of pedagogical workers (1.24 and its analogues), saying how part-timers were read. */
  static Calculation headcount(CalculationContext ctx) {
    List<StaffMember> all = Support.teaching(ctx);
    return noted(Shares.count(ids(all, StaffMember::id), TEACHERS), Support.partTimeReading(ctx, all));
  }

  static Calculation teachers(CalculationContext ctx, Predicate<StaffMember> which) {
    List<StaffMember> all = Support.teaching(ctx);
    return noted(Shares.share(ids(all.stream().filter(which).toList(), StaffMember::id), all.size(), TEACHERS),
        Support.partTimeReading(ctx, all));
  }

  private static Calculation noted(Calculation calculation, String note) {
    return Calculation.of(calculation.value(), calculation.explanation() + note, calculation.contributors());
  }

  static Calculation experienceHeader(CalculationContext ctx, String under5Code, String over30Code) {
    ExperienceHeaderRow row = ctx.policy(Order1324Policies.EXPERIENCE_HEADER_ROW);
    return switch (row) {
      case EMPTY -> Calculation.notApplicable("строка-заголовок: значения в " + under5Code + " и " + over30Code);
      case ALL -> teachers(ctx, s -> true);
      case SUM -> {
        Calculation under5 = underFiveYears(ctx);
        Calculation over30 = overThirtyYears(ctx);
        if (!(under5.value() instanceof Share a) || !(over30.value() instanceof Share b)) {
          yield under5.value() instanceof Share ? over30 : under5;
        }
        List<String> ids = new ArrayList<>(under5.contributors());
        ids.addAll(over30.contributors());
        yield Shares.share(ids, a.denominator(), TEACHERS + " (" + under5Code + " + " + over30Code + ")");
      }
    };
  }

  /** Pedagogical service under 5 years on the as-of date. */
  static Calculation underFiveYears(CalculationContext ctx) {
    return experience(ctx, p -> p.getYears() < 5, "до 5 лет");
  }

  /** Pedagogical service over 30 years on the as-of date (30 years and a day counts). */
  static Calculation overThirtyYears(CalculationContext ctx) {
    return experience(ctx, StaffCalculators::isOverThirtyYears, "свыше 30 лет");
  }

  static boolean isOverThirtyYears(Period p) {
    return p.getYears() > 30 || (p.getYears() == 30 && (p.getMonths() > 0 || p.getDays() > 0));
  }

  static Calculation experience(CalculationContext ctx, Predicate<Period> which, String what) {
    List<StaffMember> all = Support.teaching(ctx);
    List<String> unknown = ids(all.stream().filter(s -> s.experience().isEmpty()).toList(), StaffMember::id);
    if (!unknown.isEmpty()) {
      return Calculation.missing("педагогический стаж у " + unknown.size() + " работников: " + String.join(", ", unknown));
    }
    LocalDate on = ctx.asOfDate();
    List<String> matching = ids(all.stream().filter(s -> which.test(s.experience().get().on(on))).toList(), StaffMember::id);
    Calculation share = Shares.share(matching, all.size(), TEACHERS);
    return Calculation.of(share.value(), share.explanation() + " (стаж " + what + " на " + on + ")"
        + Support.partTimeReading(ctx, all), matching);
  }

  static Calculation trainedLastYears(CalculationContext ctx) {
    int years = ctx.policy(Order1324Policies.TRAINING_WINDOW_YEARS);
    LocalDate on = ctx.asOfDate();
    LocalDate from = on.minusYears(years);
    return trained(ctx, t -> t.completedOn().isAfter(from) && !t.completedOn().isAfter(on),
        " (ПК или переподготовка с " + from.plusDays(1) + " по " + on + ")");
  }

  static Calculation trainedOnFgos(CalculationContext ctx) {
    int years = ctx.policy(Order1324Policies.FGOS_TRAINING_WINDOW_YEARS);
    LocalDate on = ctx.asOfDate();
    LocalDate from = years == 0 ? LocalDate.MIN : on.minusYears(years);
    // «прошедших повышение квалификации по применению … ФГОС»: профессиональная переподготовка is another kind of
    // programme (273-ФЗ ст. 76 ч. 2) and counts in 1.33 only
    return trained(ctx, t -> t.kind() == io.github.vsoko.model.school.TrainingKind.PROFESSIONAL_DEVELOPMENT && t.concernsFgos()
        && t.completedOn().isAfter(from) && !t.completedOn().isAfter(on),
        years == 0 ? " (ПК по ФГОС, за всё время)" : " (ПК по ФГОС за " + years + " года)");
  }

  static Calculation trained(CalculationContext ctx, Predicate<TrainingRecord> which, String note) {
    List<StaffMember> all = Support.teachingAndAdministrative(ctx);
    List<String> trained = ids(all.stream().filter(s -> s.training().stream().anyMatch(which)).toList(), StaffMember::id);
    Calculation share = Shares.share(trained, all.size(), TEACHERS_AND_ADMIN);
    return Calculation.of(share.value(), share.explanation() + note + Support.partTimeReading(ctx, all), trained);
  }

}
