package io.github.vsoko.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Russian date printing shared by the report builders. */
final class Labels {
  private Labels() {}

  /** «31.12.2024». */
  static String date(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
  }
}
