package io.github.vsoko.model.framework;

import io.github.vsoko.model.internal.Checks;

/**
 * A role that answers for ВСОКО work (должность, орган): «Заместитель директора по УВР»,
 * «Руководитель МО», «МКУ «Управление образования»».
 *
 * @param title the role as written
 * @since 0.1.0
 */
public record Role(String title) {
  /** Директор. */
  public static final Role DIRECTOR = new Role("Директор");
  /** Заместитель директора по учебно-воспитательной работе. */
  public static final Role DEPUTY_ACADEMIC = new Role("Заместитель директора по УВР");
  /** Заместитель директора по воспитательной работе. */
  public static final Role DEPUTY_EDUCATIONAL = new Role("Заместитель директора по ВР");
  /** Заместитель директора по административно-хозяйственной работе. */
  public static final Role DEPUTY_FACILITIES = new Role("Заместитель директора по АХР");
  /** Руководитель методического объединения. */
  public static final Role METHODICAL_ASSOCIATION_HEAD = new Role("Руководитель МО");
  /** Педагог-психолог. */
  public static final Role PSYCHOLOGIST = new Role("Педагог-психолог");
  /** Методист. */
  public static final Role METHODIST = new Role("Методист");
  /** Педагог-библиотекарь. */
  public static final Role LIBRARIAN = new Role("Педагог-библиотекарь");
  /** Руководители образовательных организаций (in municipal road maps). */
  public static final Role SCHOOL_HEADS = new Role("Руководители ОО");

  /** Validates the title. */
  public Role {
    title = Checks.text(title, "role");
  }
}
