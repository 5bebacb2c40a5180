package io.github.vsoko.indicators.order1324;

import io.github.vsoko.model.school.SchoolData;

/** Lets tests in other packages use the hand-computed school. */
public final class TestSchoolAccess {
  private TestSchoolAccess() {}

  /** The data of {@code TestSchool}. */
  public static SchoolData data() {
    return TestSchool.data();
  }
}
