package io.github.vsoko.report;

import java.math.BigDecimal;

/** Whole numbers 0–1023 as shared {@link ReportData.Num} values: counts are most of a study's numbers. */
final class SmallNumbers {
  private static final ReportData.Num[] SMALL = new ReportData.Num[1024];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new ReportData.Num(BigDecimal.valueOf(i));
    }
  }

  private SmallNumbers() {}

  static ReportData of(long value) {
    return value >= 0 && value < SMALL.length ? SMALL[(int) value] : new ReportData.Num(BigDecimal.valueOf(value));
  }
}
