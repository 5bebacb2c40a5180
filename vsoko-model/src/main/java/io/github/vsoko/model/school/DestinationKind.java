package io.github.vsoko.model.school;

/**
 * Where a graduate went on to (востребованность выпускников).
 *
 * @since 0.1.0
 */
public enum DestinationKind {
  /** Продолжили обучение в 10 классе (своей или другой школы). */
  GRADE_10("10 класс"),
  /** Поступили в профессиональные образовательные организации (СПО). */
  VOCATIONAL("СПО"),
  /** Поступили в образовательные организации высшего образования (вузы). */
  UNIVERSITY("вуз"),
  /** Трудоустроились. */
  EMPLOYMENT("трудоустройство"),
  /** Призваны в армию. */
  ARMY("служба в армии"),
  /** Другое или не известно. */
  OTHER("другое");

  private final String russianName;

  DestinationKind(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }
}
