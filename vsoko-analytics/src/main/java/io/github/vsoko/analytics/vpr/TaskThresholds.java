package io.github.vsoko.analytics.vpr;

/**
 * The completion thresholds tasks are judged by (docs/vpr.md, ФИОКО 2026 recommendations by default): a basic task is
 * mastered at a sufficient level from {@code basicSufficient} %, insufficiently below {@code basicInsufficient} %; an
 * advanced task from {@code advancedSufficient} % and below {@code advancedInsufficient} %; between them lies the
 * uncertainty zone. A region may set its own.
 *
 * @param basicSufficient basic: sufficient from
 * @param basicInsufficient basic: insufficient below
 * @param advancedSufficient advanced: sufficient from
 * @param advancedInsufficient advanced: insufficient below
 * @since 0.1.0
 */
public record TaskThresholds(double basicSufficient, double basicInsufficient, double advancedSufficient, double advancedInsufficient) {
  /** Validates: percentages in 0…100, «insufficient below» not above «sufficient from». */
  public TaskThresholds {
    check(basicSufficient, basicInsufficient, "basic");
    check(advancedSufficient, advancedInsufficient, "advanced");
  }

  private static void check(double sufficient, double insufficient, String level) {
    if (sufficient < 0 || sufficient > 100 || insufficient < 0 || insufficient > sufficient) {
      throw new IllegalArgumentException("пороги выполнения (" + level + "): ожидается 0 ≤ недостаточный ≤ достаточный ≤ 100, "
          + "получено " + sufficient + " и " + insufficient);
    }
  }

  /** 60/57 for basic tasks, 30/28.5 for advanced ones. */
  public static TaskThresholds defaults() {
    return new TaskThresholds(60, 57, 30, 28.5);
  }

  /**
   * Parses «60,57,30,28.5» (basic sufficient, basic insufficient, advanced sufficient, advanced insufficient); with «;» or
   * «/» as separators a decimal comma is allowed: «60;57;30;28,5».
   */
  public static TaskThresholds parse(String text) {
    String t = text.strip();
    String[] parts = t.contains(";") || t.contains("/") ? t.split("\\s*[;/]\\s*") : t.split("\\s*,\\s*");
    if (parts.length != 4) {
      throw new IllegalArgumentException("пороги выполнения заданий: ожидается «БАЗ_ДОСТ,БАЗ_НЕДОСТ,ПОВ_ДОСТ,ПОВ_НЕДОСТ», например "
          + "«60,57,30,28.5», получено «" + text + "»");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].replace(',', '.'));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("пороги выполнения заданий: «" + parts[i] + "» не число (в «" + text + "»)", e);
      }
    }
    return new TaskThresholds(v[0], v[1], v[2], v[3]);
  }

  /** «достаточный», «зона неопределённости» or «недостаточный» for a task of a level. */
  public String judge(TaskLevel level, double percent) {
    double sufficient = level == TaskLevel.ADVANCED ? advancedSufficient : basicSufficient;
    double insufficient = level == TaskLevel.ADVANCED ? advancedInsufficient : basicInsufficient;
    if (percent >= sufficient) {
      return "достаточный";
    }
    return percent < insufficient ? "недостаточный" : "зона неопределённости";
  }
}
