package io.github.vsoko.model.school;

/**
 * Kinds of rooms counted in section 2 of appendix 5.
 *
 * @since 0.1.0
 */
public enum RoomKind {
  /** Учебный класс (2.2.1). */
  CLASSROOM(true),
  /** Лаборатория (2.2.2). */
  LABORATORY(true),
  /** Мастерская (2.2.3). */
  WORKSHOP(true),
  /** Танцевальный класс (2.2.4). */
  DANCE_HALL(true),
  /** Спортивный зал (2.2.5). */
  SPORTS_HALL(true),
  /** Бассейн (2.2.6). */
  SWIMMING_POOL(true),
  /** Other rooms for education (in 2.2 only). */
  OTHER_EDUCATIONAL(true),
  /** Актовый зал (2.3.1). */
  ASSEMBLY_HALL(false),
  /** Концертный зал (2.3.2). */
  CONCERT_HALL(false),
  /** Игровое помещение (2.3.3). */
  PLAY_ROOM(false),
  /** Other rooms for leisure (in 2.3 only). */
  OTHER_LEISURE(false);

  private final boolean educational;

  RoomKind(boolean educational) {
    this.educational = educational;
  }

  /** Whether the room is for education (2.2) rather than leisure (2.3). */
  public boolean educational() {
    return educational;
  }
}
