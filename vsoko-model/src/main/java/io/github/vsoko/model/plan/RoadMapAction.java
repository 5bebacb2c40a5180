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
 * @param completedOn when it was done (in its last year, for a recurring action)
 * @param earlierCompletions when a recurring action («Май ежегодно») was carried out in the road map's earlier years,
 *     in order
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
    Optional<LocalDate> completedOn,
    List<LocalDate> earlierCompletions) {

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
    earlierCompletions = earlierCompletions == null ? List.of() : Checks.list(earlierCompletions, "earlier completions");
    for (int i = 1; i < earlierCompletions.size(); i++) {
      if (!earlierCompletions.get(i).isAfter(earlierCompletions.get(i - 1))) {
        throw new IllegalArgumentException("action «" + title + "»: earlier completions must be in order, were " + earlierCompletions);
      }
    }
    if (completedOn.isPresent() && !earlierCompletions.isEmpty()
        && !completedOn.get().isAfter(earlierCompletions.get(earlierCompletions.size() - 1))) {
      throw new IllegalArgumentException("action «" + title + "»: completed on " + completedOn.get()
          + ", not after its earlier completions " + earlierCompletions);
    }
  }

  /** An action without earlier completions. */
  public RoadMapAction(String number, String title, Schedule deadline, List<Responsible> performers,
      Optional<String> actionsTaken, Optional<String> expectedResult, ActionStatus status, Optional<LocalDate> completedOn) {
    this(number, title, deadline, performers, actionsTaken, expectedResult, status, completedOn, List.of());
  }

  /** Every date it was carried out, in order. */
  public List<LocalDate> completions() {
    List<LocalDate> all = new ArrayList<>(earlierCompletions);
    completedOn.ifPresent(all::add);
    return List.copyOf(all);
  }

  /**
   * The academic years among {@code years} in which a deadline passed on {@code date} with the action not carried
   * out that year (no completion inside the year): a recurring action («Май ежегодно») missed in any year of a
   * multi-year road map. A cancelled action, and one marked done without a date, misses nothing.
   */
  public List<AcademicYear> missedYears(List<AcademicYear> years, LocalDate date) {
    List<LocalDate> completions = completions();
    if (status == ActionStatus.CANCELLED || (status == ActionStatus.DONE && completions.isEmpty())) {
      return List.of();
    }
    List<AcademicYear> missed = new ArrayList<>();
    for (AcademicYear y : years) {
      boolean due = deadline.dueDates(y).stream().anyMatch(date::isAfter);
      if (due && completions.stream().noneMatch(y::contains)) {
        missed.add(y);
      }
    }
    return missed;
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
    private final List<LocalDate> earlierCompletions = new ArrayList<>();

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

    /** Adds a date a recurring action was carried out in an earlier year. */
    public Builder completedEarlier(LocalDate date) {
      earlierCompletions.add(date);
      return this;
    }

    /** Builds the action. */
    public RoadMapAction build() {
      return new RoadMapAction(number, title, deadline, performers, actionsTaken, expectedResult, status, completedOn,
          earlierCompletions);
    }
  }
}
