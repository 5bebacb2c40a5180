package io.github.vsoko.model.plan;

import io.github.vsoko.model.framework.Responsible;
import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.schedule.Schedule;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A numbered action of a road map (мероприятие дорожной карты).
 *
 * @param number the number as printed («2.1»); may be empty when the source has none
 * @param title the action (мероприятие)
 * @param deadline when it is due (срок)
 * @param performers who carries it out (ответственные, исполнители)
 * @param actionsTaken what is done to carry it out (действия по реализации)
 * @param expectedResult expected result (ожидаемый результат)
 * @param status status
 * @param completedOn when it was done
 * @since 0.1.0
 */
public record RoadMapAction(
    String number,
    String title,
    Schedule deadline,
    List<Responsible> performers,
    Optional<String> actionsTaken,
    Optional<String> expectedResult,
    ActionStatus status,
    Optional<LocalDate> completedOn) {

  /** Validates the action. */
  public RoadMapAction {
    Checks.notNull(number, "action number");
    number = number.strip();
    title = Checks.text(title, "action title");
    Checks.notNull(deadline, "deadline");
    performers = Checks.list(performers, "performers");
    actionsTaken = Checks.optionalText(actionsTaken, "actions taken");
    expectedResult = Checks.optionalText(expectedResult, "expected result");
    Checks.notNull(status, "status");
    Checks.notNull(completedOn, "completedOn");
    if (completedOn.isPresent() && status != ActionStatus.DONE) {
      throw new IllegalArgumentException("action «" + title + "» has a completion date but status " + status);
    }
  }

  /** Whether the action is still open and its deadline in {@code year} has passed on {@code date}. */
  public boolean isOverdue(AcademicYear year, LocalDate date) {
    return status.isOpen() && deadline.isOverdue(year, date);
  }

  /** A builder for an action. */
  public static Builder builder(String number, String title) {
    return new Builder(number, title);
  }

  /** Builds a {@link RoadMapAction}. */
  public static final class Builder {
    private final String number;
    private final String title;
    private Schedule deadline = Schedule.unspecified();
    private final List<Responsible> performers = new ArrayList<>();
    private Optional<String> actionsTaken = Optional.empty();
    private Optional<String> expectedResult = Optional.empty();
    private ActionStatus status = ActionStatus.PLANNED;
    private Optional<LocalDate> completedOn = Optional.empty();

    private Builder(String number, String title) {
      this.number = number;
      this.title = title;
    }

    /** Sets the deadline from its text. */
    public Builder deadline(String text) {
      deadline = Schedule.parse(text);
      return this;
    }

    /** Sets the deadline. */
    public Builder deadline(Schedule value) {
      deadline = value;
      return this;
    }

    /** Adds a performer. */
    public Builder performer(Responsible party) {
      performers.add(party);
      return this;
    }

    /** Adds performers given as role titles. */
    public Builder performers(String... roles) {
      for (String role : roles) {
        performers.add(Responsible.of(role));
      }
      return this;
    }

    /** Sets what is done to carry the action out. */
    public Builder actionsTaken(String text) {
      actionsTaken = Optional.of(text);
      return this;
    }

    /** Sets the expected result. */
    public Builder expectedResult(String text) {
      expectedResult = Optional.of(text);
      return this;
    }

    /** Sets the status. */
    public Builder status(ActionStatus value) {
      status = value;
      return this;
    }

    /** Marks the action done on a date. */
    public Builder completedOn(LocalDate date) {
      status = ActionStatus.DONE;
      completedOn = Optional.of(date);
      return this;
    }

    /** Builds the action. */
    public RoadMapAction build() {
      return new RoadMapAction(number, title, deadline, performers, actionsTaken, expectedResult, status, completedOn);
    }
  }
}
