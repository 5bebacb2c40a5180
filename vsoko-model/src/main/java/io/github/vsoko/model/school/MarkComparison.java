package io.github.vsoko.model.school;

import java.util.Optional;

/**
 * An external mark against the school's mark (сравнение отметки с отметкой по журналу / годовой): the ВПР mark
 * against the journal mark, the ГИА mark against the annual mark.
 *
 * @since 0.1.0
 */
public enum MarkComparison {
  /** Понизили: the external mark is below the school's. */
  LOWERED("понизили", "lowered"),
  /** Подтвердили: the same mark. */
  CONFIRMED("подтвердили", "confirmed"),
  /** Повысили: the external mark is above the school's. */
  RAISED("повысили", "raised"),
  /** No numeric school mark to compare with. */
  NO_SCHOOL_MARK("нет отметки школы", "no school mark");

  private final String russianName;
  private final String englishName;

  MarkComparison(String russianName, String englishName) {
    this.russianName = russianName;
    this.englishName = englishName;
  }

  /**
   * Compares an external mark with the school's mark.
   *
   * @param external the external (ВПР, exam) mark, numeric
   * @param school the school's mark; empty or not numeric gives {@link #NO_SCHOOL_MARK}
   * @throws IllegalArgumentException if the external mark is not numeric
   */
  public static MarkComparison of(MarkValue external, Optional<MarkValue> school) {
    int e = external.points().orElseThrow(() -> new IllegalArgumentException("отметка «" + external.label()
        + "» не числовая"));
    if (school.isEmpty() || school.get().points().isEmpty()) {
      return NO_SCHOOL_MARK;
    }
    int s = school.get().points().getAsInt();
    return e < s ? LOWERED : e == s ? CONFIRMED : RAISED;
  }

  /** «понизили», «подтвердили», «повысили», «нет отметки школы». */
  public String russianName() {
    return russianName;
  }

  /** «lowered», «confirmed», «raised», «no school mark». */
  public String englishName() {
    return englishName;
  }
}
