package io.github.vsoko.indicators.order1324;

import io.github.vsoko.indicators.PolicyKey;
import java.util.List;

/**
 * The policies of the order № 1324 sets: one for every ambiguity of the wording that real reports
 * resolve differently (research notes §5). Defaults follow the literal wording of the order.
 *
 * @since 0.1.0
 */
public final class Order1324Policies {
  private Order1324Policies() {}

  /** 1.5: base of «успевающие на 4 и 5». */
  public static final PolicyKey<AttestationBase> ATTESTATION_BASE = PolicyKey.ofEnum("order1324.attestation-base",
      "База 1.5: все учащиеся (1.1, как в приказе) или только имеющие годовые отметки", AttestationBase.ALL_STUDENTS)
      .withWording("1.5: «…успевающих на \"4\" и \"5\" по результатам промежуточной аттестации, в общей численности учащихся»");

  /** 1.24 and every staff indicator: who counts. */
  public static final PolicyKey<StaffScope> STAFF_SCOPE = PolicyKey.ofEnum("order1324.staff-scope",
      "Кого считать педагогическими и административно-хозяйственными работниками: только работающих в организации "
          + "(основное место работы, внутренние совместители) или также внешних совместителей", StaffScope.MAIN_ONLY)
      .withWording("1.24: «Общая численность педагогических работников»; 1.33, 1.34: «…педагогических и административно-хозяйственных работников»");

  /** 1.24–1.34 and every staff indicator: internal part-timers. */
  public static final PolicyKey<InternalPartTime> INTERNAL_PART_TIME = PolicyKey.ofEnum("order1324.internal-part-time",
      "Внутренние совместители в 1.24–1.34: учитываются как работники организации, каждый один раз (по умолчанию), или "
          + "исключаются", InternalPartTime.COUNT)
      .withWording("1.24: «Общая численность педагогических работников»; 1.33, 1.34: «…педагогических и административно-хозяйственных работников»");

  /** 1.30: the header row. */
  public static final PolicyKey<ExperienceHeaderRow> EXPERIENCE_HEADER_ROW = PolicyKey.ofEnum(
      "order1324.experience-header-row", "Что выводить в строке 1.30: пусто, сумму 1.30.1 и 1.30.2 или всех (1.24)",
      ExperienceHeaderRow.EMPTY)
      .withWording("1.30: «…педагогический стаж работы которых составляет:» (значения — в 1.30.1 «До 5 лет» и 1.30.2 «Свыше 30 лет»)");

  /** 1.33: window of professional development, in years. */
  public static final PolicyKey<Integer> TRAINING_WINDOW_YEARS = PolicyKey.ofInt("order1324.training-window-years",
      "Окно 1.33 «за последние 5 лет», в годах до даты расчёта", 5, 1, 10)
      .withWording("1.33: «…прошедших за последние 5 лет повышение квалификации/профессиональную переподготовку…»");

  /** 1.34: window of ФГОС training, in years; 0 means no window (as the order words it). */
  public static final PolicyKey<Integer> FGOS_TRAINING_WINDOW_YEARS = PolicyKey.ofInt(
      "order1324.fgos-training-window-years",
      "Окно 1.34 (ПК по ФГОС), в годах; 0 — без ограничения, как в приказе; часто берут 3 года (ст. 47 273-ФЗ)", 0, 0, 10)
      .withWording("1.34: «…прошедших повышение квалификации по применению в образовательном процессе федеральных государственных образовательных стандартов…» (срок не назван)");

  /** 1.6–1.17: which ГИА results count. */
  public static final PolicyKey<GiaStage> GIA_STAGE = PolicyKey.ofEnum("order1324.gia-stage",
      "Какие результаты ГИА учитывать: итоговые после резервных сроков или только основного периода", GiaStage.FINAL)
      .withWording("1.6–1.13: «…государственной итоговой аттестации выпускников 9 класса…», «…единого государственного экзамена выпускников 11 класса…» (срок не назван)");

  /** 1.6–1.13: which attempt of a student's retakes in a subject stands. */
  public static final PolicyKey<RetakeReading> GIA_RETAKE_READING = PolicyKey.ofEnum("order1324.gia-retake-reading",
      "Какой результат ГИА при пересдаче учитывать: последней попытки (по Порядку ГИА, даже если он хуже) или лучший",
      RetakeReading.LATEST)
      .withWording("1.10, 1.11: «…получивших неудовлетворительные результаты на государственной итоговой аттестации…» (о пересдачах не сказано)");

  /** 1.10–1.13: base of the shares. */
  public static final PolicyKey<GraduateBase> GRADUATE_BASE = PolicyKey.ofEnum("order1324.graduate-base",
      "База 1.10–1.13: все выпускники класса (как в приказе) или участники ГИА", GraduateBase.GRADUATES)
      .withWording("1.10–1.13: «…в общей численности выпускников 9 класса», «…в общей численности выпускников 11 класса»");

  /** 1.6, 1.7: what the ГИА-9 mean averages. */
  public static final PolicyKey<OgeMeanScale> OGE_MEAN_SCALE = PolicyKey.ofEnum("order1324.oge-mean-scale",
      "Средний балл ГИА-9 (1.6, 1.7): по пятибалльной отметке или по первичному баллу ОГЭ", OgeMeanScale.MARK)
      .withWording("1.6, 1.7: «Средний балл государственной итоговой аттестации выпускников 9 класса по русскому языку / по математике»");

  /** 1.9: what the ЕГЭ mathematics mean averages. */
  public static final PolicyKey<EgeMathMean> EGE_MATH_MEAN = PolicyKey.ofEnum("order1324.ege-math-mean",
      "Средний балл ЕГЭ по математике (1.9): профильный уровень (тестовый балл) или базовый (отметка)",
      EgeMathMean.PROFILE)
      .withWording("1.9: «Средний балл единого государственного экзамена выпускников 11 класса по математике» (уровень не назван)");

  /** 1.13: who is below the minimum in mathematics. */
  public static final PolicyKey<EgeMathFailure> EGE_MATH_FAILURE = PolicyKey.ofEnum("order1324.ege-math-failure",
      "Кого считать в 1.13: не сдавших математику ни на одном уровне, ниже минимума профильного уровня или «2» на базовом",
      EgeMathFailure.NO_LEVEL_PASSED)
      .withWording("1.13: «…получивших результаты ниже установленного минимального количества баллов единого государственного экзамена по математике…»");

  /** 1.12: which minimum in Russian. */
  public static final PolicyKey<EgeMinimumPurpose> EGE_MINIMUM_PURPOSE = PolicyKey.ofEnum(
      "order1324.ege-minimum-purpose", "Минимум ЕГЭ по русскому языку в 1.12: для аттестата (24) или для поступления (36)",
      EgeMinimumPurpose.CERTIFICATE)
      .withWording("1.12: «…ниже установленного минимального количества баллов единого государственного экзамена по русскому языку…»");

  /** 1.18, 1.19: persons or participations. */
  public static final PolicyKey<ContestCounting> CONTEST_COUNTING = PolicyKey.ofEnum("order1324.contest-counting",
      "1.18, 1.19: считать учащихся (как в приказе) или участия", ContestCounting.PERSONS)
      .withWording("1.18: «…учащихся, принявших участие в различных олимпиадах, смотрах, конкурсах…»; 1.19: «…учащихся - победителей и призеров…»");

  /** 2.5: source of broadband access. */
  public static final PolicyKey<BroadbandSource> BROADBAND_SOURCE = PolicyKey.ofEnum("order1324.broadband-source",
      "2.5: все учащиеся при наличии у организации доступа не менее 2 Мб/с или только отмеченные учащиеся",
      BroadbandSource.ORGANIZATION)
      .withWording("2.5: «…учащихся, которым обеспечена возможность пользоваться широкополосным Интернетом (не менее 2 Мб/с)…»");

  /** Every policy of the order № 1324 sets, in the order they are documented. */
  public static List<PolicyKey<?>> all() {
    return List.of(ATTESTATION_BASE, STAFF_SCOPE, INTERNAL_PART_TIME, EXPERIENCE_HEADER_ROW, TRAINING_WINDOW_YEARS,
        FGOS_TRAINING_WINDOW_YEARS, GIA_STAGE, GIA_RETAKE_READING, GRADUATE_BASE, OGE_MEAN_SCALE, EGE_MATH_MEAN, EGE_MATH_FAILURE,
        EGE_MINIMUM_PURPOSE, CONTEST_COUNTING, BROADBAND_SOURCE);
  }
}
