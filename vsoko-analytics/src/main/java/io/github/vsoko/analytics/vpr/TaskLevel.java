package io.github.vsoko.analytics.vpr;

/**
 * The level of a task (уровень сложности задания); the completion thresholds it is judged by are {@link TaskThresholds}
 * (by default, the ФИОКО 2026 recommendations: basic — sufficient from 60 %, insufficient below 57 %; advanced — from 30 %,
 * below 28.5 %).
 *
 * @since 0.1.0
 */
public enum TaskLevel {
  /** Базовый (Б). */
  BASIC,
  /** Повышенный или высокий (П/В). */
  ADVANCED;

  /** «достаточный», «зона неопределённости» or «недостаточный» for a completion percentage, by the default thresholds. */
  public String judge(double percent) {
    return TaskThresholds.defaults().judge(this, percent);
  }
}
