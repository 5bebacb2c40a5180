package io.github.vsoko.analytics.vpr;

/**
 * A sign that a school's ВПР results or journal marks may not be objective (признак необъективности): the official
 * markers of the 2019 methodology of Рособрнадзор and, apart, the non-official risk heuristics.
 *
 * @since 0.1.0
 */
public enum ObjectivityMarker {
  /** Завышенные значения среднего балла: the school's 95 % interval of the mean lies above that of all schools. */
  INFLATED_MEAN(true, "завышенные значения среднего балла ВПР (95 % интервал школы выше интервала по всем школам)",
      "inflated mean ВПР score (the school's 95 % interval lies above that of all schools)"),
  /** Несоответствие результатов ВПР и школьных отметок: Spearman's r_s between journal marks and scores is below 0. */
  NEGATIVE_CORRELATION(true, "несоответствие результатов ВПР и школьных отметок (r_s < 0)",
      "ВПР results disagree with school marks (r_s < 0)"),
  /** Резкое падение результатов параллели от одного класса к следующему (K above the upper fence). */
  COHORT_DROP(true, "резкое падение результатов параллели от %d к %d классу (K > Q75 + 3·IQR)",
      "sharp drop of the cohort's results from grade %d to %d (K > Q75 + 3·IQR)"),
  /** Резкое возрастание результатов параллели от одного класса к следующему (K below the lower fence). */
  COHORT_RISE(true, "резкое возрастание результатов параллели от %d к %d классу (K < Q25 − 3·IQR)",
      "sharp rise of the cohort's results from grade %d to %d (K < Q25 − 3·IQR)"),
  /** Non-official: 40 % or more of marks lowered or raised. */
  HIGH_RISK(false, "понизили или повысили 40 % и более — высокий риск (неофициальный признак)",
      "40 % or more lowered or raised — high risk (non-official)"),
  /** Non-official: 20 % or more of marks lowered or raised. */
  MEDIUM_RISK(false, "понизили или повысили 20 % и более — средний риск (неофициальный признак)",
      "20 % or more lowered or raised — medium risk (non-official)"),
  /**
   * Non-official, for a class: its share of lowered marks is significantly above that of the other classes of its
   * grade in the school (two-proportion z-test, z ≥ 2.58, and at least 20 percentage points more).
   */
  CLASS_LOWERED(false, "понизили значимо чаще, чем в остальных классах параллели (неофициальный признак)",
      "lowered significantly more often than in the other classes of the grade (non-official)"),
  /** Non-official, for a class: its share of raised marks is significantly above that of the other classes. */
  CLASS_RAISED(false, "повысили значимо чаще, чем в остальных классах параллели (неофициальный признак)",
      "raised significantly more often than in the other classes of the grade (non-official)");

  private final boolean official;
  private final String russian;
  private final String english;

  ObjectivityMarker(boolean official, String russian, String english) {
    this.official = official;
    this.russian = russian;
    this.english = english;
  }

  /** Whether the 2019 methodology names it (the others are vsoko's heuristics, labelled as such). */
  public boolean official() {
    return official;
  }

  /** The marker in Russian for a work (the cohort markers name the grades: from the work's grade − 1 to its grade). */
  public String russianText(VprWork work) {
    return text(russian, work);
  }

  /** The marker in English for a work. */
  public String englishText(VprWork work) {
    return text(english, work);
  }

  private static String text(String template, VprWork work) {
    int grade = work.grade().value();
    return template.contains("%d") ? String.format(java.util.Locale.ROOT, template, grade - 1, grade) : template;
  }
}
