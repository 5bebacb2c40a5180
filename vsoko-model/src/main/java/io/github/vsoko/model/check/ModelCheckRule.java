package io.github.vsoko.model.check;

/**
 * The rules of the model check, from the criteria for a ВСОКО model in the criteria of a ВСОКО model («Критерии
 * оценивания модели ВСОКО») and the plan-of-functioning requirements of the criteria of a ВСОКО model and the regulation of МБОУ СОШ № 29.
 *
 * @since 0.1.0
 */
public enum ModelCheckRule {
  /** Наличие объектов оценки. */
  OBJECTS_PRESENT("Наличие объектов ВСОКО"),
  /** Наличие субъектов ВСОКО. */
  PARTICIPANTS_PRESENT("Наличие субъектов ВСОКО"),
  /** Наличие процедур оценки. */
  PROCEDURES_PRESENT("Наличие процедур оценки"),
  /** Наличие инструментария. */
  INSTRUMENTS_PRESENT("Наличие инструментария ВСОКО"),
  /** Наличие ресурсов. */
  RESOURCES_PRESENT("Наличие ресурсов ВСОКО"),
  /** Наличие продуктов ВСОКО. */
  PRODUCTS_PRESENT("Наличие продуктов ВСОКО"),
  /** Наличие трёх составляющих: качество результатов, процесса, условий. */
  AREA_COVERED("Наличие трёх составляющих ВСОКО"),
  /** Каждая строка плана имеет критерий или показатель. */
  ITEM_HAS_CRITERION("Критерии и показатели в строке плана"),
  /** Каждая строка плана имеет ответственного. */
  ITEM_HAS_RESPONSIBLE("Ответственный в строке плана"),
  /** Каждая строка плана имеет срок. */
  ITEM_HAS_SCHEDULE("Срок в строке плана"),
  /** Каждая строка плана имеет формат документа. */
  ITEM_HAS_DOCUMENT("Формат документа в строке плана");

  private final String title;

  ModelCheckRule(String title) {
    this.title = title;
  }

  /** The rule's name in Russian. */
  public String title() {
    return title;
  }
}
