package io.github.vsoko.indicators.vpr;

/**
 * The level of a task (уровень сложности задания) and its completion thresholds (ФИОКО 2026
 * recommendations, see docs/vpr.md): basic — sufficient from 60 %, insufficient below 57 %; advanced — from 30 %, below 28.5 %;
 * between them, the uncertainty zone.
 */
public enum TaskLevel {
  /** Базовый (Б). */
  BASIC(60, 57),
  /** Повышенный или высокий (П/В). */
  ADVANCED(30, 28.5);

  private final double sufficient;
  private final double insufficient;

  TaskLevel(double sufficient, double insufficient) {
    this.sufficient = sufficient;
    this.insufficient = insufficient;
  }

  /** «достаточный», «зона неопределённости» or «недостаточный» for a completion percentage. */
  public String judge(double percent) {
    if (percent >= sufficient) {
      return "достаточный";
    }
    return percent < insufficient ? "недостаточный" : "зона неопределённости";
  }
}
