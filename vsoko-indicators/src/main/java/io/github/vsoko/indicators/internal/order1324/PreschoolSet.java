package io.github.vsoko.indicators.internal.order1324;

import static io.github.vsoko.indicators.internal.order1324.Support.ids;

import io.github.vsoko.indicators.SelfAssessmentSection;
import io.github.vsoko.indicators.AggregationRule;
import io.github.vsoko.indicators.Calculation;
import io.github.vsoko.indicators.CalculationContext;
import io.github.vsoko.indicators.Calculator;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.Source;
import io.github.vsoko.indicators.ValidationRules;
import io.github.vsoko.indicators.internal.Positions;
import io.github.vsoko.model.school.PreschoolChild;
import io.github.vsoko.model.school.PreschoolFacilities;
import io.github.vsoko.model.school.ProfessionalEducation;
import io.github.vsoko.model.school.QualificationCategory;
import io.github.vsoko.model.school.SpecialNeedsService;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.StayMode;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** {@code order1324.preschool}: приложение № 1, показатели деятельности дошкольной образовательной организации. */
final class PreschoolSet {
  static final String ID = "order1324.preschool";
  private static final String CHILDREN = "воспитанников";
  private static final Set<StayMode> CARE = EnumSet.of(StayMode.FULL_DAY, StayMode.EXTENDED_DAY, StayMode.ROUND_THE_CLOCK);

  private PreschoolSet() {}

  static IndicatorSet build() {
    Source source = new Source("Приказ Минобрнауки России от 10.12.2013 № 1324, приложение № 1", "ред. от 15.02.2017");
    Map<String, String> denominators = new HashMap<>();
    for (String c : List.of("1.4", "1.4.1", "1.4.2", "1.4.3", "1.5", "1.5.1", "1.5.2", "1.5.3")) {
      denominators.put(c, "общая численность воспитанников (1.1)");
    }
    for (String c : List.of("1.7.1", "1.7.2", "1.7.3", "1.7.4", "1.8", "1.8.1", "1.8.2", "1.9", "1.9.1", "1.9.2", "1.10", "1.11")) {
      denominators.put(c, "общая численность педагогических работников (1.7)");
    }
    denominators.put("1.12", "численность педагогических и административно-хозяйственных работников");
    denominators.put("1.13", "численность педагогических и административно-хозяйственных работников");
    denominators.put("1.14", "общая численность воспитанников (1.1)");
    denominators.put("2.1", "общая численность воспитанников (1.1)");
    return SetAssembly.build(ID, GeneralSet.VERSION,
        "Показатели деятельности дошкольной образовательной организации, подлежащей самообследованию", source,
        "preschool.tsv", calculators(), denominators,
        Map.of("2.1", AggregationRule.RATIO),
        List.of(ValidationRules.atLeastSum("1.1", "1.1.1", "1.1.2", "1.1.3", "1.1.4"),
            ValidationRules.sumEquals("1.4", "1.4.1", "1.4.2", "1.4.3"),
            ValidationRules.sumEquals("1.8", "1.8.1", "1.8.2"),
            ValidationRules.atMost("1.7.1", "1.7"),
            ValidationRules.atMost("1.7.2", "1.7.1"),
            ValidationRules.atMost("1.7.4", "1.7.3"),
            ValidationRules.sumAtMost("1.7", "1.7.1", "1.7.3"),
            ValidationRules.sharesAtMost100()),
        java.util.Map.of(SelfAssessmentSection.CONTINGENT, List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6"), SelfAssessmentSection.STAFF, List.of("1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15"), SelfAssessmentSection.FACILITIES, List.of("2.1", "2.2", "2.3", "2.4", "2.5")));
  }

  private static List<PreschoolChild> children(CalculationContext ctx) {
    return ctx.data().childrenOn(ctx.asOfDate());
  }

  private static Map<String, Calculator> calculators() {
    Map<String, Calculator> c = new LinkedHashMap<>();
    c.put("1.1", ctx -> Shares.count(ids(children(ctx), PreschoolChild::id), CHILDREN));
    c.put("1.1.1", ctx -> countMode(ctx, StayMode.FULL_DAY));
    c.put("1.1.2", ctx -> countMode(ctx, StayMode.SHORT_STAY));
    c.put("1.1.3", ctx -> countMode(ctx, StayMode.FAMILY_GROUP));
    c.put("1.1.4", ctx -> countMode(ctx, StayMode.FAMILY_EDUCATION));
    c.put("1.2", ctx -> countChildren(ctx, ch -> ch.ageOn(ctx.asOfDate()) < 3, CHILDREN + " в возрасте до 3 лет"));
    c.put("1.3", ctx -> countChildren(ctx, ch -> ch.ageOn(ctx.asOfDate()) >= 3 && ch.ageOn(ctx.asOfDate()) < 8,
        CHILDREN + " в возрасте от 3 до 8 лет"));
    c.put("1.4", ctx -> shareChildren(ctx, ch -> CARE.contains(ch.stayMode())));
    c.put("1.4.1", ctx -> shareChildren(ctx, ch -> ch.stayMode() == StayMode.FULL_DAY));
    c.put("1.4.2", ctx -> shareChildren(ctx, ch -> ch.stayMode() == StayMode.EXTENDED_DAY));
    c.put("1.4.3", ctx -> shareChildren(ctx, ch -> ch.stayMode() == StayMode.ROUND_THE_CLOCK));
    c.put("1.5", ctx -> shareChildren(ctx, ch -> ch.specialNeeds() && !ch.services().isEmpty()));
    c.put("1.5.1", ctx -> shareChildren(ctx, ch -> ch.services().contains(SpecialNeedsService.CORRECTION)));
    c.put("1.5.2", ctx -> shareChildren(ctx, ch -> ch.services().contains(SpecialNeedsService.PROGRAMME)));
    c.put("1.5.3", ctx -> shareChildren(ctx, ch -> ch.services().contains(SpecialNeedsService.CARE)));
    c.put("1.6", PreschoolSet::sickDays);
    c.put("1.7", StaffCalculators::headcount);
    c.put("1.7.1", ctx -> StaffCalculators.teachers(ctx, s -> s.education() == ProfessionalEducation.HIGHER));
    c.put("1.7.2", ctx -> StaffCalculators.teachers(ctx, s -> s.education() == ProfessionalEducation.HIGHER && s.pedagogicalProfile()));
    c.put("1.7.3", ctx -> StaffCalculators.teachers(ctx, s -> s.education() == ProfessionalEducation.SECONDARY_VOCATIONAL));
    c.put("1.7.4", ctx -> StaffCalculators.teachers(ctx,
        s -> s.education() == ProfessionalEducation.SECONDARY_VOCATIONAL && s.pedagogicalProfile()));
    c.put("1.8", ctx -> StaffCalculators.teachers(ctx, s -> s.qualificationCategory() != QualificationCategory.NONE));
    c.put("1.8.1", ctx -> StaffCalculators.teachers(ctx, s -> s.qualificationCategory() == QualificationCategory.HIGHEST));
    c.put("1.8.2", ctx -> StaffCalculators.teachers(ctx, s -> s.qualificationCategory() == QualificationCategory.FIRST));
    c.put("1.9", ctx -> StaffCalculators.experienceHeader(ctx, "1.9.1", "1.9.2"));
    c.put("1.9.1", StaffCalculators::underFiveYears);
    c.put("1.9.2", StaffCalculators::overThirtyYears);
    c.put("1.10", ctx -> StaffCalculators.teachers(ctx, s -> s.ageOn(ctx.asOfDate()) < 30));
    c.put("1.11", ctx -> StaffCalculators.teachers(ctx, s -> s.ageOn(ctx.asOfDate()) >= 55));
    c.put("1.12", StaffCalculators::trainedLastYears);
    c.put("1.13", StaffCalculators::trainedOnFgos);
    c.put("1.14", PreschoolSet::teachersPerChild);
    c.put("1.15.1", ctx -> position(ctx, Positions.MUSIC_DIRECTOR));
    c.put("1.15.2", ctx -> position(ctx, Positions.PE_INSTRUCTOR));
    c.put("1.15.3", ctx -> position(ctx, Positions.SPEECH_THERAPIST_TEACHER));
    c.put("1.15.4", ctx -> position(ctx, Positions.SPEECH_THERAPIST));
    c.put("1.15.5", ctx -> position(ctx, Positions.DEFECTOLOGIST));
    c.put("1.15.6", ctx -> position(ctx, Positions.PSYCHOLOGIST));
    c.put("2.1", ctx -> facilities(ctx, f -> Shares.ratio(f.educationalArea(), children(ctx).size(), "кв. м", CHILDREN)));
    c.put("2.2", ctx -> facilities(ctx, f -> Calculation.of(new io.github.vsoko.indicators.Area(f.additionalActivitiesArea()),
        f.additionalActivitiesArea().toPlainString() + " кв. м")));
    c.put("2.3", ctx -> facilities(ctx, f -> Shares.flag(f.gym(), "физкультурный зал")));
    c.put("2.4", ctx -> facilities(ctx, f -> Shares.flag(f.musicHall(), "музыкальный зал")));
    c.put("2.5", ctx -> facilities(ctx, f -> Shares.flag(f.walkingAreas(), "прогулочные площадки")));
    return c;
  }

  private static Calculation countMode(CalculationContext ctx, StayMode mode) {
    return countChildren(ctx, ch -> ch.stayMode() == mode, CHILDREN + " (" + mode.russianName() + ")");
  }

  private static Calculation countChildren(CalculationContext ctx, Predicate<PreschoolChild> which, String noun) {
    return Shares.count(ids(children(ctx).stream().filter(which).toList(), PreschoolChild::id), noun);
  }

  private static Calculation shareChildren(CalculationContext ctx, Predicate<PreschoolChild> which) {
    List<PreschoolChild> all = children(ctx);
    return Shares.share(ids(all.stream().filter(which).toList(), PreschoolChild::id), all.size(), CHILDREN);
  }

  private static Calculation sickDays(CalculationContext ctx) {
    List<PreschoolChild> all = children(ctx);
    long days = all.stream().mapToLong(PreschoolChild::sickDaysMissed).sum();
    return Shares.ratio(BigDecimal.valueOf(days), all.size(), "дней, пропущенных по болезни,", CHILDREN);
  }

  private static Calculation teachersPerChild(CalculationContext ctx) {
    return Shares.ratio(BigDecimal.valueOf(Support.teaching(ctx).size()), children(ctx).size(),
        StaffCalculators.TEACHERS, CHILDREN);
  }

  private static Calculation position(CalculationContext ctx, String title) {
    List<String> holders = ids(Support.staffInScope(ctx).stream().filter(s -> Positions.holds(s, title)).toList(),
        StaffMember::id);
    return Calculation.of(new io.github.vsoko.indicators.Flag(!holders.isEmpty()),
        title + ": " + (holders.isEmpty() ? "нет" : "да (" + holders.size() + ")"), holders);
  }

  private static Calculation facilities(CalculationContext ctx, Function<PreschoolFacilities, Calculation> what) {
    Optional<PreschoolFacilities> f = ctx.data().preschoolFacilities();
    return f.map(what).orElseGet(() -> Calculation.missing("сведения об инфраструктуре дошкольной организации"));
  }
}
