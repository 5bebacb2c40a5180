package io.github.vsoko.model.school;

/**
 * The level of a group of participants in the ФИС ОКО statistics of a ВПР work (группа участников): all of Russia
 * («Вся выборка»), the region, the municipality, one school.
 *
 * @since 0.1.0
 */
public enum VprGroupLevel {
  /** «Вся выборка»: all participants in Russia. */
  RUSSIA("Россия"),
  /** The region (субъект РФ). */
  REGION("регион"),
  /** The municipality. */
  MUNICIPALITY("муниципалитет"),
  /** One school (ОО). */
  SCHOOL("ОО");

  private final String title;

  VprGroupLevel(String title) {
    this.title = title;
  }

  /** The Russian name. */
  public String title() {
    return title;
  }
}
