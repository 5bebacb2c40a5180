package io.github.vsoko.model.problem;

/**
 * How serious a problem is (серьёзность проблемы).
 *
 * @since 0.1.0
 */
public enum ProblemSeverity {
  /** The thing (row, document, provider) could not be used. */
  ERROR("ошибка", "error"),
  /** It was used, but part of it is missing or doubtful. */
  WARNING("предупреждение", "warning");

  private final String russianName;
  private final String englishName;

  ProblemSeverity(String russianName, String englishName) {
    this.russianName = russianName;
    this.englishName = englishName;
  }

  /** «ошибка», «предупреждение». */
  public String russianName() {
    return russianName;
  }

  /** «error», «warning». */
  public String englishName() {
    return englishName;
  }
}
