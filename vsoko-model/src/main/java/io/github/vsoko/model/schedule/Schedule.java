package io.github.vsoko.model.schedule;

import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * When a ВСОКО procedure, road-map action or recommendation is due (срок, сроки), in every form
 * plans are written in: an exact date, «до 01.09.2024», months («Декабрь, июнь»), ranges
 * («Февраль – апрель ежегодно»), «ежегодно до 30 ноября», «в течение года», «постоянно»,
 * an external schedule («в соответствии с графиком проведения»), per-grade variants
 * («Февраль 9-е классы Май 10-е классы»), «по запросам», «ежемесячно», «2 раза в год», terms («I полугодие»,
 * «по окончании четверти») and several deadlines in one cell («октябрь-ноябрь, март-апрель»). A text no form
 * matches is kept as written by {@link #parseOrKeep(String)}.
 *
 * <p>Parse a cell as written with {@link #parse(String)}; {@link #format()} gives the canonical
 * Russian text, which parses back to an equal schedule.
 *
 * @since 0.1.0
 */
public sealed interface Schedule
    permits OnDate, DateSpan, DueBy, AnnualDate, AnnualDueBy, InMonths, MonthSpan, Continuous,
        ExternalSchedule, OnRequest, PerGrade, WithNote, Unspecified, Recurring, TimesPerYear, AfterTerm, InTerm,
        Combined, Unrecognised {

  /**
   * Parses a schedule from Russian text as plans write it (any case, spacing, dashes, «г.»).
   *
   * @throws ScheduleParseException naming the text if no form of schedule matches
   */
  static Schedule parse(String text) {
    return ScheduleParser.parse(text);
  }

  /**
   * Parses a schedule, or keeps a text no form matches as written ({@link Unrecognised}, with the reason) — for
   * importers, which warn about it instead of dropping it.
   */
  static Schedule parseOrKeep(String text) {
    try {
      return ScheduleParser.parse(text);
    } catch (ScheduleParseException e) {
      return new Unrecognised(text, e.getMessage());
    }
  }

  /** Whether vsoko read the text ({@code false} only for a deadline {@linkplain Unrecognised kept as written}). */
  default boolean isRecognised() {
    return true;
  }

  /** The schedule of a blank cell. */
  static Schedule unspecified() {
    return new Unspecified();
  }

  /** The dates, in order, on which something falls due within {@code year}; all lie inside it. */
  List<LocalDate> dueDates(AcademicYear year);

  /** Whether work under this schedule is due (scheduled) in the given month. */
  boolean isDueIn(YearMonth month);

  /** The canonical Russian text, e.g. «Февраль – апрель» or «До 01.09.2024». */
  String format();

  /** The last due date within {@code year}, if any. */
  default Optional<LocalDate> deadline(AcademicYear year) {
    List<LocalDate> dates = dueDates(year);
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1));
  }

  /**
   * Whether, on {@code date}, the deadline of {@code year} has passed. Once true, stays true for
   * every later date. Schedules without dates (постоянно, по запросам, по графику) are never overdue.
   */
  default boolean isOverdue(AcademicYear year, LocalDate date) {
    return deadline(year).map(date::isAfter).orElse(false);
  }

  /** Whether the schedule says nothing (a blank cell). */
  default boolean isSpecified() {
    return !(this instanceof Unspecified);
  }
}
