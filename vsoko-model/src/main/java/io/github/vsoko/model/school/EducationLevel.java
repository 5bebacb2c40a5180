package io.github.vsoko.model.school;

/**
 * Levels of general education (уровень общего образования).
 *
 * @since 0.1.0
 */
public enum EducationLevel {
  /** НОО — начальное общее образование, grades 1–4. */
  PRIMARY("НОО", "начальное общее образование", 1, 4),
  /** ООО — основное общее образование, grades 5–9. */
  BASIC("ООО", "основное общее образование", 5, 9),
  /** СОО — среднее общее образование, grades 10–11 (12 in evening schools). */
  SECONDARY("СОО", "среднее общее образование", 10, Grade.MAX);

  private final String abbreviation;
  private final String russianName;
  private final int firstGrade;
  private final int lastGrade;

  EducationLevel(String abbreviation, String russianName, int firstGrade, int lastGrade) {
    this.abbreviation = abbreviation;
    this.russianName = russianName;
    this.firstGrade = firstGrade;
    this.lastGrade = lastGrade;
  }

  /** The level a grade belongs to. */
  public static EducationLevel ofGrade(Grade grade) {
    for (EducationLevel level : values()) {
      if (grade.value() >= level.firstGrade && grade.value() <= level.lastGrade) {
        return level;
      }
    }
    throw new IllegalStateException("no level for grade " + grade);
  }

  /** «НОО», «ООО», «СОО». */
  public String abbreviation() {
    return abbreviation;
  }

  /** «основное общее образование». */
  public String russianName() {
    return russianName;
  }

  /** Lowest grade of the level. */
  public Grade firstGrade() {
    return Grade.of(firstGrade);
  }

  /** Highest grade of the level. */
  public Grade lastGrade() {
    return Grade.of(lastGrade);
  }

  /** Whether a grade belongs to this level. */
  public boolean contains(Grade grade) {
    return grade.value() >= firstGrade && grade.value() <= lastGrade;
  }
}
