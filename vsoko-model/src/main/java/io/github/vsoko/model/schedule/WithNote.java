package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A schedule with a note in brackets that does not change its dates
 * («Декабрь, июнь (1 п/г, 2 п/г учеб. года)»).
 *
 * @param schedule the dates
 * @param note the note, without brackets
 * @since 0.1.0
 */
public record WithNote(Schedule schedule, String note) implements Schedule {
  /** Validates the note. */
  public WithNote {
    Checks.notNull(schedule, "schedule");
    note = Checks.text(note, "note");
    if (schedule instanceof WithNote || schedule instanceof Unspecified || schedule instanceof ExternalSchedule) {
      throw new IllegalArgumentException("a note needs a dated schedule, was " + schedule);
    }
    if (note.indexOf('(') >= 0 || note.indexOf(')') >= 0) {
      throw new IllegalArgumentException("a schedule note must not contain brackets, was «" + note + "»");
    }
  }

  @Override
  public List<LocalDate> dueDates(AcademicYear year) {
    return schedule.dueDates(year);
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    return schedule.isDueIn(month);
  }

  @Override
  public String format() {
    return schedule.format() + " (" + note + ")";
  }
}
