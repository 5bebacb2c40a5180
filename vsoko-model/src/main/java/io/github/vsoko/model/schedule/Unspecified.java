package io.github.vsoko.model.schedule;

import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A blank schedule cell; the model check reports plan items that have one.
 *
 * @since 0.1.0
 */
public record Unspecified() implements Schedule {
  @Override
  public List<LocalDate> dueDates(AcademicYear year) {
    return List.of();
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    return false;
  }

  @Override
  public String format() {
    return "";
  }
}
