package io.github.vsoko.model.school;

/**
 * Categories of staff order № 1324 counts.
 *
 * @since 0.1.0
 */
public enum StaffCategory {
  /** Педагогические работники (1.24). */
  TEACHING("педагогические работники"),
  /** Административно-хозяйственные работники (with teaching staff in 1.33, 1.34). */
  ADMINISTRATIVE("административно-хозяйственные работники"),
  /** Other staff (учебно-вспомогательный, обслуживающий персонал). */
  OTHER("прочие работники");

  private final String russianName;

  StaffCategory(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }
}
