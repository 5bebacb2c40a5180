package io.github.vsoko.indicators.internal.order1324;

import static io.github.vsoko.indicators.internal.order1324.Support.ids;
import static io.github.vsoko.indicators.internal.order1324.Support.students;

import io.github.vsoko.indicators.SelfAssessmentSection;
import io.github.vsoko.indicators.AggregationRule;
import io.github.vsoko.indicators.Calculation;
import io.github.vsoko.indicators.CalculationContext;
import io.github.vsoko.indicators.Calculator;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.Source;
import io.github.vsoko.indicators.ValidationRules;
import io.github.vsoko.indicators.order1324.AttestationBase;
import io.github.vsoko.indicators.order1324.BroadbandSource;
import io.github.vsoko.indicators.order1324.ContestCounting;
import io.github.vsoko.indicators.order1324.EgeMathFailure;
import io.github.vsoko.indicators.order1324.EgeMathMean;
import io.github.vsoko.indicators.order1324.EgeMinimums;
import io.github.vsoko.indicators.order1324.OgeMeanScale;
import io.github.vsoko.indicators.order1324.Order1324Policies;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.CertificateStatus;
import io.github.vsoko.model.school.ContestLevel;
import io.github.vsoko.model.school.ContestResult;
import io.github.vsoko.model.school.EducationLevel;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamLevel;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.Infrastructure;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.ProfessionalEducation;
import io.github.vsoko.model.school.QualificationCategory;
import io.github.vsoko.model.school.ReadingRoom;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.StateExam;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.StudentFlag;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** {@code order1324.general}: приложение № 2, показатели деятельности общеобразовательной организации. */
final class GeneralSet {
  static final String ID = "order1324.general";
  static final String VERSION = "2013-12-10";
  private static final String STUDENTS = "учащихся";
  private static final String TEACHERS = "педагогических работников";


  private GeneralSet() {}

  static IndicatorSet build() {
    Source source = new Source("Приказ Минобрнауки России от 10.12.2013 № 1324, приложение № 2", "ред. от 15.02.2017");
    return SetAssembly.build(ID, VERSION, "Показатели деятельности общеобразовательной организации, подлежащей самообследованию",
        source, "general.tsv", calculators(), denominators(),
        Map.of("2.1", AggregationRule.RATIO, "2.2", AggregationRule.RATIO, "2.6", AggregationRule.RATIO),
        List.of(ValidationRules.sumEquals("1.1", "1.2", "1.3", "1.4"),
            ValidationRules.sumEquals("1.29", "1.29.1", "1.29.2"),
            ValidationRules.atLeastSum("1.19", "1.19.1", "1.19.2", "1.19.3"),
            ValidationRules.atMost("1.19", "1.18"),
            ValidationRules.atMost("1.25", "1.24"),
            ValidationRules.atMost("1.26", "1.25"),
            ValidationRules.atMost("1.28", "1.27"),
            ValidationRules.sumAtMost("1.24", "1.25", "1.27"),
            ValidationRules.sharesAtMost100()),
        java.util.Map.of(SelfAssessmentSection.CONTINGENT, List.of("1.1", "1.2", "1.3", "1.4"), SelfAssessmentSection.ATTESTATION, List.of("1.5"), SelfAssessmentSection.GIA, List.of("1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17"), SelfAssessmentSection.OLYMPIADS, List.of("1.18", "1.19"), SelfAssessmentSection.FORMS, List.of("1.20", "1.21", "1.22", "1.23"), SelfAssessmentSection.STAFF, List.of("1.24", "1.25", "1.26", "1.27", "1.28", "1.29", "1.30", "1.31", "1.32", "1.33", "1.34"), SelfAssessmentSection.TEXTBOOKS, List.of("2.2"), SelfAssessmentSection.LIBRARY, List.of("2.3", "2.4", "2.5"), SelfAssessmentSection.FACILITIES, List.of("2.1", "2.6")));
  }

  private static Map<String, String> denominators() {
    Map<String, String> d = new HashMap<>();
    for (String c : List.of("1.5", "1.18", "1.19", "1.19.1", "1.19.2", "1.19.3", "1.20", "1.21", "1.22", "1.23", "2.5")) {
      d.put(c, "общая численность учащихся (1.1)");
    }
    for (String c : List.of("1.10", "1.11", "1.14", "1.16")) {
      d.put(c, "численность выпускников 9 класса");
    }
    for (String c : List.of("1.12", "1.13", "1.15", "1.17")) {
      d.put(c, "численность выпускников 11 класса");
    }
    for (String c : List.of("1.25", "1.26", "1.27", "1.28", "1.29", "1.29.1", "1.29.2", "1.30", "1.30.1", "1.30.2", "1.31", "1.32")) {
      d.put(c, "общая численность педагогических работников (1.24)");
    }
    d.put("1.33", "численность педагогических и административно-хозяйственных работников");
    d.put("1.34", "численность педагогических и административно-хозяйственных работников");
    d.put("2.1", "общая численность учащихся (1.1)");
    d.put("2.2", "общая численность учащихся (1.1)");
    d.put("2.6", "общая численность учащихся (1.1)");
    return d;
  }

  private static Map<String, Calculator> calculators() {
    Map<String, Calculator> c = new LinkedHashMap<>();
    c.put("1.1", ctx -> Shares.count(ids(students(ctx), Student::id), STUDENTS));
    c.put("1.2", ctx -> level(ctx, EducationLevel.PRIMARY));
    c.put("1.3", ctx -> level(ctx, EducationLevel.BASIC));
    c.put("1.4", ctx -> level(ctx, EducationLevel.SECONDARY));
    c.put("1.5", GeneralSet::successOnFourAndFive);
    c.put("1.6", ctx -> ogeMean(ctx, SchoolSubject.RUSSIAN));
    c.put("1.7", ctx -> ogeMean(ctx, SchoolSubject.MATHEMATICS));
    c.put("1.8", GeneralSet::egeRussianMean);
    c.put("1.9", GeneralSet::egeMathMean);
    c.put("1.10", ctx -> ogeFailed(ctx, SchoolSubject.RUSSIAN));
    c.put("1.11", ctx -> ogeFailed(ctx, SchoolSubject.MATHEMATICS));
    c.put("1.12", GeneralSet::egeRussianBelowMinimum);
    c.put("1.13", GeneralSet::egeMathBelowMinimum);
    c.put("1.14", ctx -> certificates(ctx, EducationLevel.BASIC, CertificateStatus.NOT_ISSUED));
    c.put("1.15", ctx -> certificates(ctx, EducationLevel.SECONDARY, CertificateStatus.NOT_ISSUED));
    c.put("1.16", ctx -> certificates(ctx, EducationLevel.BASIC, CertificateStatus.ISSUED_WITH_HONOURS));
    c.put("1.17", ctx -> certificates(ctx, EducationLevel.SECONDARY, CertificateStatus.ISSUED_WITH_HONOURS));
    c.put("1.18", ctx -> contests(ctx, r -> true));
    c.put("1.19", ctx -> contests(ctx, r -> r.status().isAwarded()));
    c.put("1.19.1", ctx -> contests(ctx, r -> r.status().isAwarded() && r.level() == ContestLevel.REGIONAL));
    c.put("1.19.2", ctx -> contests(ctx, r -> r.status().isAwarded() && r.level() == ContestLevel.FEDERAL));
    c.put("1.19.3", ctx -> contests(ctx, r -> r.status().isAwarded() && r.level() == ContestLevel.INTERNATIONAL));
    c.put("1.20", ctx -> flagged(ctx, StudentFlag.ADVANCED_STUDY));
    c.put("1.21", ctx -> flagged(ctx, StudentFlag.PROFILE_EDUCATION));
    c.put("1.22", ctx -> flagged(ctx, StudentFlag.DISTANCE_LEARNING));
    c.put("1.23", ctx -> flagged(ctx, StudentFlag.NETWORK_FORM));
    c.put("1.24", StaffCalculators::headcount);
    c.put("1.25", ctx -> StaffCalculators.teachers(ctx, s -> s.education() == ProfessionalEducation.HIGHER));
    c.put("1.26", ctx -> StaffCalculators.teachers(ctx, s -> s.education() == ProfessionalEducation.HIGHER && s.pedagogicalProfile()));
    c.put("1.27", ctx -> StaffCalculators.teachers(ctx, s -> s.education() == ProfessionalEducation.SECONDARY_VOCATIONAL));
    c.put("1.28", ctx -> StaffCalculators.teachers(ctx,
        s -> s.education() == ProfessionalEducation.SECONDARY_VOCATIONAL && s.pedagogicalProfile()));
    c.put("1.29", ctx -> StaffCalculators.teachers(ctx, s -> s.qualificationCategory() != QualificationCategory.NONE));
    c.put("1.29.1", ctx -> StaffCalculators.teachers(ctx, s -> s.qualificationCategory() == QualificationCategory.HIGHEST));
    c.put("1.29.2", ctx -> StaffCalculators.teachers(ctx, s -> s.qualificationCategory() == QualificationCategory.FIRST));
    c.put("1.30", ctx -> StaffCalculators.experienceHeader(ctx, "1.30.1", "1.30.2"));
    c.put("1.30.1", StaffCalculators::underFiveYears);
    c.put("1.30.2", StaffCalculators::overThirtyYears);
    c.put("1.31", ctx -> StaffCalculators.teachers(ctx, s -> s.ageOn(ctx.asOfDate()) < 30));
    c.put("1.32", ctx -> StaffCalculators.teachers(ctx, s -> s.ageOn(ctx.asOfDate()) >= 55));
    c.put("1.33", StaffCalculators::trainedLastYears);
    c.put("1.34", StaffCalculators::trainedOnFgos);
    c.put("2.1", ctx -> perStudent(ctx, i -> BigDecimal.valueOf(i.computersInEducation()), "компьютеров"));
    c.put("2.2", ctx -> perStudent(ctx, i -> BigDecimal.valueOf(i.educationalLiterature()), "экземпляров литературы"));
    c.put("2.3", ctx -> infrastructureFlag(ctx, Infrastructure::electronicDocumentFlow, "система электронного документооборота"));
    c.put("2.4", ctx -> readingRoom(ctx, ReadingRoom::present, "читальный зал библиотеки"));
    c.put("2.4.1", ctx -> readingRoom(ctx, ReadingRoom::computers, "работа на компьютерах"));
    c.put("2.4.2", ctx -> readingRoom(ctx, ReadingRoom::mediaLibrary, "медиатека"));
    c.put("2.4.3", ctx -> readingRoom(ctx, ReadingRoom::scanning, "сканирование и распознавание текстов"));
    c.put("2.4.4", ctx -> readingRoom(ctx, ReadingRoom::internet, "выход в Интернет"));
    c.put("2.4.5", ctx -> readingRoom(ctx, ReadingRoom::controlledPrinting, "контролируемая распечатка"));
    c.put("2.5", GeneralSet::broadband);
    c.put("2.6", ctx -> perStudent(ctx, Infrastructure::educationalArea, "кв. м"));
    return c;
  }

  private static Calculation level(CalculationContext ctx, EducationLevel level) {
    // the level of the class the student was in on the as-of date (the history's, for a past year)
    return Shares.count(ids(students(ctx).stream().filter(s -> ctx.data().classOf(s.id(), ctx.asOfDate())
        .map(c -> c.level()).orElse(s.level()) == level).toList(), Student::id),
        STUDENTS + " (" + level.abbreviation() + ")");
  }

  private static Calculation flagged(CalculationContext ctx, StudentFlag flag) {
    List<Student> all = students(ctx);
    return Shares.share(ids(all.stream().filter(s -> s.has(flag)).toList(), Student::id), all.size(), STUDENTS);
  }

  private static Calculation successOnFourAndFive(CalculationContext ctx) {
    AcademicYear year = Support.attestedYear(ctx.period());
    Map<String, List<MarkValue>> annual = new HashMap<>();
    for (AttestationMark m : ctx.data().marks()) {
      if (m.period().kind() == PeriodKind.ACADEMIC_YEAR && m.period().academicYear().equals(year)) {
        annual.computeIfAbsent(m.studentId(), k -> new ArrayList<>()).add(m.value());
      }
    }
    List<Student> all = students(ctx);
    List<Student> graded = all.stream()
        .filter(s -> annual.getOrDefault(s.id(), List.of()).stream().anyMatch(MarkValue::isNumeric)).toList();
    if (graded.isEmpty()) {
      // no annual marks of that year: the share is unknown, not 0 %
      return Calculation.missing("годовые отметки за " + year + " учебный год");
    }
    List<String> good = ids(graded.stream().filter(s -> annual.get(s.id()).stream().allMatch(v ->
        v == MarkValue.FOUR || v == MarkValue.FIVE || v == MarkValue.EXEMPT || v == MarkValue.PASS)).toList(), Student::id);
    AttestationBase base = ctx.policy(Order1324Policies.ATTESTATION_BASE);
    if (base == AttestationBase.ALL_STUDENTS) {
      return Shares.share(good, all.size(), STUDENTS + " (годовые отметки " + year + ")");
    }
    return Shares.share(good, graded.size(), "учащихся с годовыми отметками за " + year + " учебный год");
  }

  private static Calculation ogeMean(CalculationContext ctx, SchoolSubject subject) {
    OgeMeanScale scale = ctx.policy(Order1324Policies.OGE_MEAN_SCALE);
    List<ExamResult> results = Gia.results(ctx, StateExam.GIA_9, subject);
    TreeMap<String, Integer> best = scale == OgeMeanScale.MARK
        ? Gia.standing(ctx, results, r -> r.mark().isPresent(), r -> r.mark().get().points().getAsInt())
        : Gia.standing(ctx, results.stream().filter(r -> r.form() == ExamForm.OGE).toList(), r -> r.primaryScore().isPresent(),
            r -> r.primaryScore().getAsInt());
    if (best.isEmpty()) {
      return Calculation.notApplicable("нет результатов ГИА-9 по предмету «" + subject + "» за " + Support.reportingYear(ctx) + " год");
    }
    return Shares.mean(best.values().stream().map(BigDecimal::valueOf).toList(), best.keySet(),
        scale == OgeMeanScale.MARK ? "отметок" : "первичных баллов");
  }

  private static Calculation egeRussianMean(CalculationContext ctx) {
    List<ExamResult> results = Gia.results(ctx, StateExam.GIA_11, SchoolSubject.RUSSIAN).stream()
        .filter(r -> r.form() == ExamForm.EGE).toList();
    TreeMap<String, Integer> best = Gia.standing(ctx, results, r -> r.testScore().isPresent(), r -> r.testScore().getAsInt());
    if (best.isEmpty()) {
      return Calculation.notApplicable("нет результатов ЕГЭ по русскому языку за " + Support.reportingYear(ctx) + " год");
    }
    return Shares.mean(best.values().stream().map(BigDecimal::valueOf).toList(), best.keySet(), "тестовых баллов");
  }

  private static Calculation egeMathMean(CalculationContext ctx) {
    EgeMathMean which = ctx.policy(Order1324Policies.EGE_MATH_MEAN);
    List<ExamResult> results = Gia.results(ctx, StateExam.GIA_11, SchoolSubject.MATHEMATICS).stream()
        .filter(r -> r.form() == ExamForm.EGE).toList();
    TreeMap<String, Integer> best = which == EgeMathMean.PROFILE
        ? Gia.standing(ctx, results, r -> r.level().orElse(ExamLevel.PROFILE) == ExamLevel.PROFILE && r.testScore().isPresent(),
            r -> r.testScore().getAsInt())
        : Gia.standing(ctx, results, r -> r.level().filter(l -> l == ExamLevel.BASE).isPresent() && r.mark().isPresent(),
            r -> r.mark().get().points().getAsInt());
    if (best.isEmpty()) {
      return Calculation.notApplicable("нет результатов ЕГЭ по математике ("
          + (which == EgeMathMean.PROFILE ? "профильный" : "базовый") + " уровень) за " + Support.reportingYear(ctx) + " год");
    }
    return Shares.mean(best.values().stream().map(BigDecimal::valueOf).toList(), best.keySet(),
        which == EgeMathMean.PROFILE ? "тестовых баллов" : "отметок");
  }

  private static Calculation ogeFailed(CalculationContext ctx, SchoolSubject subject) {
    Set<String> base = Gia.base(ctx, StateExam.GIA_9);
    TreeMap<String, Integer> best = Gia.standing(ctx, Gia.results(ctx, StateExam.GIA_9, subject), r -> r.mark().isPresent(),
        r -> r.mark().get().points().getAsInt());
    List<String> failed = best.entrySet().stream().filter(e -> e.getValue() == 2 && base.contains(e.getKey()))
        .map(Map.Entry::getKey).toList();
    return Shares.share(failed, base.size(), Gia.baseNoun(ctx, StateExam.GIA_9));
  }

  private static Calculation egeRussianBelowMinimum(CalculationContext ctx) {
    int year = Support.reportingYear(ctx);
    OptionalInt minimum = EgeMinimums.russian(year, ctx.policy(Order1324Policies.EGE_MINIMUM_PURPOSE));
    if (minimum.isEmpty()) {
      return Calculation.missing("минимальный балл ЕГЭ по русскому языку за " + year + " год");
    }
    Set<String> base = Gia.base(ctx, StateExam.GIA_11);
    TreeMap<String, Integer> best = Gia.standing(ctx, Gia.results(ctx, StateExam.GIA_11, SchoolSubject.RUSSIAN).stream()
        .filter(r -> r.form() == ExamForm.EGE).toList(), r -> r.testScore().isPresent(), r -> r.testScore().getAsInt());
    List<String> below = best.entrySet().stream()
        .filter(e -> e.getValue() < minimum.getAsInt() && base.contains(e.getKey())).map(Map.Entry::getKey).toList();
    Calculation share = Shares.share(below, base.size(), Gia.baseNoun(ctx, StateExam.GIA_11));
    return Calculation.of(share.value(), share.explanation() + " (минимум " + minimum.getAsInt() + " баллов)", below);
  }

  private static Calculation egeMathBelowMinimum(CalculationContext ctx) {
    int year = Support.reportingYear(ctx);
    OptionalInt minimum = EgeMinimums.profileMathematics(year);
    if (minimum.isEmpty()) {
      return Calculation.missing("минимальный балл ЕГЭ по математике за " + year + " год");
    }
    EgeMathFailure rule = ctx.policy(Order1324Policies.EGE_MATH_FAILURE);
    Set<String> base = Gia.base(ctx, StateExam.GIA_11);
    List<ExamResult> results = Gia.results(ctx, StateExam.GIA_11, SchoolSubject.MATHEMATICS).stream()
        .filter(r -> r.form() == ExamForm.EGE).toList();
    Predicate<ExamResult> profile = r -> r.level().orElse(ExamLevel.PROFILE) == ExamLevel.PROFILE && r.testScore().isPresent();
    Predicate<ExamResult> baseLevel = r -> r.level().filter(l -> l == ExamLevel.BASE).isPresent() && r.mark().isPresent();
    TreeMap<String, Integer> bestProfile = Gia.standing(ctx, results, profile, r -> r.testScore().getAsInt());
    TreeMap<String, Integer> bestBase = Gia.standing(ctx, results, baseLevel, r -> r.mark().get().points().getAsInt());
    Predicate<String> failedProfile = id -> bestProfile.containsKey(id) && bestProfile.get(id) < minimum.getAsInt();
    Predicate<String> failedBase = id -> bestBase.containsKey(id) && bestBase.get(id) < 3;
    Set<String> takers = new java.util.TreeSet<>(bestProfile.keySet());
    takers.addAll(bestBase.keySet());
    Predicate<String> counted = switch (rule) {
      case PROFILE -> failedProfile;
      case BASE -> failedBase;
      case NO_LEVEL_PASSED -> id -> (!bestProfile.containsKey(id) || failedProfile.test(id))
          && (!bestBase.containsKey(id) || failedBase.test(id));
    };
    List<String> below = takers.stream().filter(base::contains).filter(counted).toList();
    Calculation share = Shares.share(below, base.size(), Gia.baseNoun(ctx, StateExam.GIA_11));
    return Calculation.of(share.value(), share.explanation() + " (профильный минимум " + minimum.getAsInt()
        + " баллов, базовый — «3»)", below);
  }

  private static Calculation certificates(CalculationContext ctx, EducationLevel level, CertificateStatus status) {
    Set<String> graduates = Gia.graduates(ctx, level);
    return Shares.share(Gia.withStatus(ctx, level, status), graduates.size(),
        "выпускников " + (level == EducationLevel.BASIC ? 9 : 11) + " класса");
  }

  /** Results of the period's contests by students on the roll (1.1), so the share is of 1.1's own students. */
  private static Calculation contests(CalculationContext ctx, Predicate<ContestResult> which) {
    List<Student> onRoll = students(ctx);
    Set<String> roll = Support.idSet(onRoll, Student::id);
    List<ContestResult> results = ctx.data().contests().stream()
        .filter(r -> ctx.period().contains(r.date()) && roll.contains(r.studentId())).filter(which).toList();
    long total = onRoll.size();
    if (ctx.policy(Order1324Policies.CONTEST_COUNTING) == ContestCounting.PARTICIPATIONS) {
      return Shares.share(results.size(), total, STUDENTS + " (считаются участия)", ids(results, ContestResult::studentId));
    }
    return Shares.share(ids(results, ContestResult::studentId), total, STUDENTS);
  }

  private static Optional<Infrastructure> infrastructure(CalculationContext ctx) {
    return ctx.data().infrastructure();
  }

  private static Calculation perStudent(CalculationContext ctx, Function<Infrastructure, BigDecimal> what, String unit) {
    Optional<Infrastructure> infra = infrastructure(ctx);
    if (infra.isEmpty()) {
      return Calculation.missing("сведения об инфраструктуре");
    }
    return Shares.ratio(what.apply(infra.get()), students(ctx).size(), unit, STUDENTS);
  }

  private static Calculation infrastructureFlag(CalculationContext ctx, Predicate<Infrastructure> what, String text) {
    return infrastructure(ctx).map(i -> Shares.flag(what.test(i), text))
        .orElseGet(() -> Calculation.missing("сведения об инфраструктуре"));
  }

  private static Calculation readingRoom(CalculationContext ctx, Predicate<ReadingRoom> what, String text) {
    return infrastructureFlag(ctx, i -> what.test(i.readingRoom()), text);
  }

  private static Calculation broadband(CalculationContext ctx) {
    List<Student> all = students(ctx);
    if (ctx.policy(Order1324Policies.BROADBAND_SOURCE) == BroadbandSource.STUDENT_FLAGS) {
      return flagged(ctx, StudentFlag.BROADBAND_ACCESS);
    }
    Optional<Infrastructure> infra = infrastructure(ctx);
    if (infra.isEmpty()) {
      return Calculation.missing("сведения об инфраструктуре");
    }
    return Shares.share(infra.get().broadband() ? ids(all, Student::id) : List.of(), all.size(), STUDENTS);
  }

}
