package io.github.vsoko.model.schedule;

import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * «По запросам»: done when asked, never due by itself.
 *
 * @since 0.1.0
 */
public record OnRequest() implements Schedule {
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
    return "По запросам";
  }
}
