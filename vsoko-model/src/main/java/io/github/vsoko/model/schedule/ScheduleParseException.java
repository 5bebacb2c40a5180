package io.github.vsoko.model.schedule;

/**
 * A schedule text that matches no known form; {@link #text()} is the text as given.
 *
 * @since 0.1.0
 */
public final class ScheduleParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text as given. */
  private final String text;

  /** Creates the exception for {@code text}, with the reason it failed. */
  public ScheduleParseException(String text, String reason) {
    super("cannot read the schedule «" + text + "»: " + reason
        + ". Expected a date (15.10.2021), «до 01.09.2024», months («Декабрь, июнь»), a range"
        + " («Февраль – апрель ежегодно»), «ежегодно до 30 ноября», «в течение года», «постоянно»,"
        + " «ежемесячно», «2 раза в год», «I полугодие», «по окончании четверти», «в соответствии с графиком"
        + " проведения», «по запросам», several of these («октябрь-ноябрь, март-апрель») or per-grade dates"
        + " («Февраль 9-е классы Май 10-е классы»)");
    this.text = text;
  }

  /** The schedule text that could not be read. */
  public String text() {
    return text;
  }
}
