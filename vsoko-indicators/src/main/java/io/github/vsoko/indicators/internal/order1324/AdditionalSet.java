package io.github.vsoko.indicators.internal.order1324;

import static io.github.vsoko.indicators.internal.order1324.Support.ids;

import io.github.vsoko.indicators.SelfAssessmentSection;
import io.github.vsoko.indicators.AggregationRule;
import io.github.vsoko.indicators.Calculation;
import io.github.vsoko.indicators.CalculationContext;
import io.github.vsoko.indicators.Calculator;
import io.github.vsoko.indicators.Count;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.Source;
import io.github.vsoko.indicators.ValidationRules;
import io.github.vsoko.indicators.internal.Positions;
import io.github.vsoko.indicators.order1324.BroadbandSource;
import io.github.vsoko.indicators.order1324.ContestCounting;
import io.github.vsoko.indicators.order1324.Order1324Policies;
import io.github.vsoko.model.school.AdditionalFacilities;
import io.github.vsoko.model.school.ContestLevel;
import io.github.vsoko.model.school.ContestResult;
import io.github.vsoko.model.school.HeldEvent;
import io.github.vsoko.model.school.Learner;
import io.github.vsoko.model.school.LearnerFlag;
import io.github.vsoko.model.school.ProfessionalEducation;
import io.github.vsoko.model.school.ProjectParticipation;
import io.github.vsoko.model.school.QualificationCategory;
import io.github.vsoko.model.school.ReadingRoom;
import io.github.vsoko.model.school.RoomKind;
import io.github.vsoko.model.school.StaffMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** {@code order1324.additional}: приложение № 5, показатели деятельности организации дополнительного образования. */
final class AdditionalSet {
  static final String ID = "order1324.additional";
  private static final String LEARNERS = "учащихся";
  private static final ContestLevel[] LEVELS = {
    ContestLevel.MUNICIPAL, ContestLevel.REGIONAL, ContestLevel.INTERREGIONAL, ContestLevel.FEDERAL, ContestLevel.INTERNATIONAL
  };
  private static final RoomKind[] EDUCATIONAL_ROOMS = {
    RoomKind.CLASSROOM, RoomKind.LABORATORY, RoomKind.WORKSHOP, RoomKind.DANCE_HALL, RoomKind.SPORTS_HALL, RoomKind.SWIMMING_POOL
  };
  private static final RoomKind[] LEISURE_ROOMS = {RoomKind.ASSEMBLY_HALL, RoomKind.CONCERT_HALL, RoomKind.PLAY_ROOM};

  private AdditionalSet() {}

  static IndicatorSet build() {
    Source source = new Source("Приказ Минобрнауки России от 10.12.2013 № 1324, приложение № 5", "ред. от 15.02.2017");
    Map<String, String> denominators = new HashMap<>();
    for (String c : List.of("1.3", "1.4", "1.5", "1.6", "1.6.1", "1.6.2", "1.6.3", "1.6.4", "1.7", "1.8", "1.9", "1.10", "2.7")) {
      denominators.put(c, "общая численность учащихся (1.1)");
    }
    for (int i = 1; i <= 5; i++) {
      for (String parent : List.of("1.8", "1.9", "1.10")) {
        denominators.put(parent + "." + i, "общая численность учащихся (1.1)");
      }
    }
    for (String c : List.of("1.13", "1.14", "1.15", "1.16", "1.17", "1.17.1", "1.17.2", "1.18", "1.18.1", "1.18.2", "1.19", "1.20")) {
      denominators.put(c, "общая численность педагогических работников (1.12)");
    }
    denominators.put("1.21", "численность педагогических и административно-хозяйственных работников");
    denominators.put("1.22", "общая численность сотрудников");
    denominators.put("2.1", "общая численность учащихся (1.1)");
    return SetAssembly.build(ID, GeneralSet.VERSION,
        "Показатели деятельности организации дополнительного образования, подлежащей самообследованию", source,
        "additional.tsv", calculators(), denominators, Map.of("2.1", AggregationRule.RATIO),
        List.of(ValidationRules.sumEquals("1.1", "1.1.1", "1.1.2", "1.1.3", "1.1.4"),
            // a learner may belong to several groups of 1.6, so only each group is bounded by 1.6
            ValidationRules.atMost("1.6.1", "1.6"),
            ValidationRules.atMost("1.6.2", "1.6"),
            ValidationRules.atMost("1.6.3", "1.6"),
            ValidationRules.atMost("1.6.4", "1.6"),
            ValidationRules.sumEquals("1.11", "1.11.1", "1.11.2", "1.11.3", "1.11.4", "1.11.5"),
            ValidationRules.sumEquals("1.17", "1.17.1", "1.17.2"),
            ValidationRules.atMost("1.9", "1.8"),
            ValidationRules.atMost("1.14", "1.13"),
            ValidationRules.atMost("1.16", "1.15"),
            ValidationRules.sumAtMost("1.12", "1.13", "1.15"),
            ValidationRules.atLeastSum("2.2", "2.2.1", "2.2.2", "2.2.3", "2.2.4", "2.2.5", "2.2.6"),
            ValidationRules.atLeastSum("2.3", "2.3.1", "2.3.2", "2.3.3"),
            ValidationRules.sharesAtMost100()),
        java.util.Map.of(SelfAssessmentSection.CONTINGENT, List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"), SelfAssessmentSection.OLYMPIADS, List.of("1.8", "1.9", "1.10", "1.11"), SelfAssessmentSection.STAFF, List.of("1.12", "1.13", "1.14", "1.15", "1.16", "1.17", "1.18", "1.19", "1.20", "1.21", "1.22", "1.23", "1.24"), SelfAssessmentSection.FACILITIES, List.of("2.1", "2.2", "2.3", "2.4", "2.5"), SelfAssessmentSection.LIBRARY, List.of("2.6", "2.7")));
  }

  private static List<Learner> learners(CalculationContext ctx) {
    return ctx.data().learnersOn(ctx.asOfDate());
  }

  private static Map<String, Calculator> calculators() {
    Map<String, Calculator> c = new LinkedHashMap<>();
    c.put("1.1", ctx -> Shares.count(ids(learners(ctx), Learner::id), LEARNERS));
    c.put("1.1.1", ctx -> ageGroup(ctx, 3, 7));
    c.put("1.1.2", ctx -> ageGroup(ctx, 7, 11));
    c.put("1.1.3", ctx -> ageGroup(ctx, 11, 15));
    c.put("1.1.4", ctx -> ageGroup(ctx, 15, 18));
    c.put("1.2", ctx -> Shares.count(ids(learners(ctx).stream().filter(Learner::paid).toList(), Learner::id),
        LEARNERS + " по договорам об оказании платных образовательных услуг"));
    c.put("1.3", ctx -> shareLearners(ctx, l -> l.associations() >= 2));
    c.put("1.4", ctx -> shareLearners(ctx, l -> l.has(LearnerFlag.DISTANCE_LEARNING)));
    c.put("1.5", ctx -> shareLearners(ctx, l -> l.has(LearnerFlag.OUTSTANDING_ABILITIES)));
    c.put("1.6", ctx -> shareLearners(ctx, l -> l.has(LearnerFlag.SPECIAL_NEEDS) || l.has(LearnerFlag.ORPHAN)
        || l.has(LearnerFlag.MIGRANT) || l.has(LearnerFlag.HARDSHIP)));
    c.put("1.6.1", ctx -> shareLearners(ctx, l -> l.has(LearnerFlag.SPECIAL_NEEDS)));
    c.put("1.6.2", ctx -> shareLearners(ctx, l -> l.has(LearnerFlag.ORPHAN)));
    c.put("1.6.3", ctx -> shareLearners(ctx, l -> l.has(LearnerFlag.MIGRANT)));
    c.put("1.6.4", ctx -> shareLearners(ctx, l -> l.has(LearnerFlag.HARDSHIP)));
    c.put("1.7", ctx -> shareLearners(ctx, l -> l.has(LearnerFlag.RESEARCH_OR_PROJECT)));
    c.put("1.8", ctx -> events(ctx, r -> true));
    c.put("1.9", ctx -> events(ctx, r -> r.status().isAwarded()));
    c.put("1.10", ctx -> projects(ctx, p -> true));
    c.put("1.11", ctx -> held(ctx, e -> Arrays.asList(LEVELS).contains(e.level())));
    for (int i = 0; i < LEVELS.length; i++) {
      ContestLevel level = LEVELS[i];
      c.put("1.8." + (i + 1), ctx -> events(ctx, r -> r.level() == level));
      c.put("1.9." + (i + 1), ctx -> events(ctx, r -> r.level() == level && r.status().isAwarded()));
      c.put("1.10." + (i + 1), ctx -> projects(ctx, p -> p.level() == level));
      c.put("1.11." + (i + 1), ctx -> held(ctx, e -> e.level() == level));
    }
    c.put("1.12", StaffCalculators::headcount);
    c.put("1.13", ctx -> StaffCalculators.teachers(ctx, s -> s.education() == ProfessionalEducation.HIGHER));
    c.put("1.14", ctx -> StaffCalculators.teachers(ctx, s -> s.education() == ProfessionalEducation.HIGHER && s.pedagogicalProfile()));
    c.put("1.15", ctx -> StaffCalculators.teachers(ctx, s -> s.education() == ProfessionalEducation.SECONDARY_VOCATIONAL));
    c.put("1.16", ctx -> StaffCalculators.teachers(ctx,
        s -> s.education() == ProfessionalEducation.SECONDARY_VOCATIONAL && s.pedagogicalProfile()));
    c.put("1.17", ctx -> StaffCalculators.teachers(ctx, s -> s.qualificationCategory() != QualificationCategory.NONE));
    c.put("1.17.1", ctx -> StaffCalculators.teachers(ctx, s -> s.qualificationCategory() == QualificationCategory.HIGHEST));
    c.put("1.17.2", ctx -> StaffCalculators.teachers(ctx, s -> s.qualificationCategory() == QualificationCategory.FIRST));
    c.put("1.18", ctx -> StaffCalculators.experienceHeader(ctx, "1.18.1", "1.18.2"));
    c.put("1.18.1", StaffCalculators::underFiveYears);
    c.put("1.18.2", StaffCalculators::overThirtyYears);
    c.put("1.19", ctx -> StaffCalculators.teachers(ctx, s -> s.ageOn(ctx.asOfDate()) < 30));
    c.put("1.20", ctx -> StaffCalculators.teachers(ctx, s -> s.ageOn(ctx.asOfDate()) >= 55));
    c.put("1.21", StaffCalculators::trainedLastYears);
    c.put("1.22", AdditionalSet::methodists);
    c.put("1.23.1", ctx -> publications(ctx, ctx.asOfDate().minusYears(3), "за 3 года"));
    c.put("1.23.2", ctx -> publications(ctx, ctx.period().start().minusDays(1), "за отчётный период"));
    c.put("1.24", ctx -> facilities(ctx, f -> Shares.flag(f.psychologicalSupport(),
        "система психолого-педагогической поддержки одарённых детей")));
    c.put("2.1", ctx -> facilities(ctx, f -> Shares.ratio(BigDecimal.valueOf(f.computers()), learners(ctx).size(),
        "компьютеров", LEARNERS)));
    c.put("2.2", ctx -> facilities(ctx, f -> rooms(f, true)));
    c.put("2.3", ctx -> facilities(ctx, f -> rooms(f, false)));
    for (int i = 0; i < EDUCATIONAL_ROOMS.length; i++) {
      RoomKind kind = EDUCATIONAL_ROOMS[i];
      c.put("2.2." + (i + 1), ctx -> facilities(ctx, f -> room(f, kind)));
    }
    for (int i = 0; i < LEISURE_ROOMS.length; i++) {
      RoomKind kind = LEISURE_ROOMS[i];
      c.put("2.3." + (i + 1), ctx -> facilities(ctx, f -> room(f, kind)));
    }
    c.put("2.4", ctx -> facilities(ctx, f -> Shares.flag(f.camps(), "загородные оздоровительные лагеря, базы отдыха")));
    c.put("2.5", ctx -> facilities(ctx, f -> Shares.flag(f.electronicDocumentFlow(), "система электронного документооборота")));
    c.put("2.6", ctx -> readingRoom(ctx, ReadingRoom::present, "читальный зал библиотеки"));
    c.put("2.6.1", ctx -> readingRoom(ctx, ReadingRoom::computers, "работа на компьютерах"));
    c.put("2.6.2", ctx -> readingRoom(ctx, ReadingRoom::mediaLibrary, "медиатека"));
    c.put("2.6.3", ctx -> readingRoom(ctx, ReadingRoom::scanning, "сканирование и распознавание текстов"));
    c.put("2.6.4", ctx -> readingRoom(ctx, ReadingRoom::internet, "выход в Интернет"));
    c.put("2.6.5", ctx -> readingRoom(ctx, ReadingRoom::controlledPrinting, "контролируемая распечатка"));
    c.put("2.7", AdditionalSet::broadband);
    return c;
  }

  /** Learners aged at least {@code from} and under {@code to} on the as-of date. */
  private static Calculation ageGroup(CalculationContext ctx, int from, int to) {
    LocalDate on = ctx.asOfDate();
    return Shares.count(ids(learners(ctx).stream().filter(l -> l.ageOn(on) >= from && l.ageOn(on) < to).toList(), Learner::id),
        LEARNERS + " в возрасте от " + from + " до " + to + " лет (не включая " + to + ")");
  }

  private static Calculation shareLearners(CalculationContext ctx, Predicate<Learner> which) {
    List<Learner> all = learners(ctx);
    return Shares.share(ids(all.stream().filter(which).toList(), Learner::id), all.size(), LEARNERS);
  }

  private static Calculation events(CalculationContext ctx, Predicate<ContestResult> which) {
    List<Learner> onRoll = learners(ctx);
    Set<String> roll = Support.idSet(onRoll, Learner::id);
    List<ContestResult> results = ctx.data().contests().stream()
        .filter(r -> ctx.period().contains(r.date()) && roll.contains(r.studentId())).filter(which).toList();
    if (ctx.policy(Order1324Policies.CONTEST_COUNTING) == ContestCounting.PARTICIPATIONS) {
      return Shares.share(results.size(), onRoll.size(), LEARNERS + " (считаются участия)", ids(results, ContestResult::studentId));
    }
    return Shares.share(ids(results, ContestResult::studentId), onRoll.size(), LEARNERS);
  }

  private static Calculation projects(CalculationContext ctx, Predicate<ProjectParticipation> which) {
    List<Learner> onRoll = learners(ctx);
    Set<String> roll = Support.idSet(onRoll, Learner::id);
    List<ProjectParticipation> found = ctx.data().projects().stream()
        .filter(p -> ctx.period().contains(p.date()) && roll.contains(p.learnerId())).filter(which).toList();
    return Shares.share(ids(found, ProjectParticipation::learnerId), onRoll.size(), LEARNERS);
  }

  private static Calculation held(CalculationContext ctx, Predicate<HeldEvent> which) {
    List<HeldEvent> events = ctx.data().heldEvents().stream().filter(e -> ctx.period().contains(e.date())).filter(which).toList();
    return Calculation.of(new Count(events.size()), events.size() + " массовых мероприятий");
  }

  private static Calculation methodists(CalculationContext ctx) {
    List<StaffMember> all = Support.staffInScope(ctx);
    List<String> methodists = ids(all.stream().filter(s -> Positions.mentions(s, Positions.METHODIST)).toList(), StaffMember::id);
    return Shares.share(methodists, all.size(), "сотрудников");
  }

  private static Calculation publications(CalculationContext ctx, LocalDate after, String when) {
    LocalDate on = ctx.asOfDate();
    long n = ctx.data().publications().stream().filter(p -> p.date().isAfter(after) && !p.date().isAfter(on)).count();
    return Calculation.of(new Count(n), n + " публикаций " + when);
  }

  private static Calculation rooms(AdditionalFacilities f, boolean educational) {
    int n = f.rooms().entrySet().stream().filter(e -> e.getKey().educational() == educational).mapToInt(Map.Entry::getValue).sum();
    return Calculation.of(new Count(n), n + " помещений");
  }

  private static Calculation room(AdditionalFacilities f, RoomKind kind) {
    return Calculation.of(new Count(f.rooms(kind)), f.rooms(kind) + " помещений");
  }

  private static Calculation facilities(CalculationContext ctx, Function<AdditionalFacilities, Calculation> what) {
    Optional<AdditionalFacilities> f = ctx.data().additionalFacilities();
    return f.map(what).orElseGet(() -> Calculation.missing("сведения об инфраструктуре организации дополнительного образования"));
  }

  private static Calculation readingRoom(CalculationContext ctx, Predicate<ReadingRoom> what, String text) {
    return facilities(ctx, f -> Shares.flag(what.test(f.readingRoom()), text));
  }

  private static Calculation broadband(CalculationContext ctx) {
    List<Learner> all = learners(ctx);
    if (ctx.policy(Order1324Policies.BROADBAND_SOURCE) == BroadbandSource.STUDENT_FLAGS) {
      return shareLearners(ctx, l -> l.has(LearnerFlag.BROADBAND_ACCESS));
    }
    return facilities(ctx, f -> Shares.share(f.broadband() ? ids(all, Learner::id) : List.of(), all.size(), LEARNERS));
  }
}
