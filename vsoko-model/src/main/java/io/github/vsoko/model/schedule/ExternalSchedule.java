package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.internal.Text;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Dates set by someone else («В соответствии с графиком проведения», «Ежегодно (согласно приказу
 * ЦОКО)», «В соответствии с планом-графиком, утвержденным Минпросвещения России»). The dates are
 * not known to the plan, so the schedule has no due dates of its own.
 *
 * @param text the reference as written, whitespace collapsed, first letter upper case
 * @since 0.1.0
 */
public record ExternalSchedule(String text) implements Schedule {
  /** Normalizes the text. */
  public ExternalSchedule {
    text = Text.capitalize(Checks.text(text, "external schedule"));
  }

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
    return text;
  }
}
