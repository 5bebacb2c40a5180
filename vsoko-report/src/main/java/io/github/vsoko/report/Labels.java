package io.github.vsoko.report;

import java.time.LocalDate;

/** Russian date printing shared by the report builders. */
final class Labels {
  private Labels() {}

  /** «31.12.2024». */
  static String date(LocalDate date) {
    return io.github.vsoko.indicators.RussianFormat.date(date);
  }
}
