package io.github.vsoko.model.school;

/**
 * Who answered a questionnaire (группа респондентов): the participants of educational relations whose satisfaction a
 * ВСОКО measures.
 *
 * @since 0.1.0
 */
public enum RespondentGroup {
  /** Обучающиеся. */
  STUDENTS("обучающиеся", "обучающихся"),
  /** Родители (законные представители). */
  PARENTS("родители (законные представители)", "родителей (законных представителей)"),
  /** Педагогические работники. */
  TEACHERS("педагогические работники", "педагогических работников");

  private final String title;
  private final String genitive;

  RespondentGroup(String title, String genitive) {
    this.title = title;
    this.genitive = genitive;
  }

  /** The Russian name, lower case, nominative plural: «родители (законные представители)». */
  public String title() {
    return title;
  }

  /** The genitive plural for titles: «доля родителей (законных представителей)…». */
  public String genitive() {
    return genitive;
  }
}
