package io.github.vsoko.model.management;

import io.github.vsoko.model.framework.Responsible;
import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.schedule.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An addressed recommendation (адресная рекомендация): to whom, what to do, who answers for it,
 * by when, how it is checked and where it stands.
 *
 * @param id stable identifier
 * @param addressees to whom (organizations, roles, groups)
 * @param action what to do
 * @param responsible who answers for it
 * @param deadline by when
 * @param control the control indicator
 * @param status status
 * @param findingIds the findings it answers
 * @param basis the document it comes from («Протокол координационного совета № 4 от 27.04.2024»)
 * @param reason the finding it answers, in words (выявленный дефицит), kept with it for the follow-up a year later
 * @param executions what was recorded about carrying it out: done (date, document), moved (new date, reason), not done
 * @since 0.1.0
 */
public record Recommendation(
    String id,
    List<Addressee> addressees,
    String action,
    List<Responsible> responsible,
    Schedule deadline,
    Optional<ControlIndicator> control,
    RecommendationStatus status,
    List<String> findingIds,
    Optional<String> basis,
    Optional<String> reason,
    List<io.github.vsoko.model.plan.Execution> executions) {

  /** Validates the recommendation. */
  public Recommendation {
    id = Checks.text(id, "recommendation id");
    addressees = Checks.nonEmptyList(addressees, "addressees");
    action = Checks.text(action, "recommended action");
    responsible = Checks.list(responsible, "responsible");
    Checks.notNull(deadline, "deadline");
    Checks.notNull(control, "control indicator");
    Checks.notNull(status, "status");
    findingIds = Checks.list(findingIds, "finding ids");
    basis = Checks.optionalText(basis, "basis");
    reason = reason == null ? Optional.empty() : Checks.optionalText(reason, "reason");
    executions = executions == null ? List.of() : Checks.list(executions, "executions");
  }

  /** A recommendation without the finding's words and execution records. */
  public Recommendation(String id, List<Addressee> addressees, String action, List<Responsible> responsible, Schedule deadline,
      Optional<ControlIndicator> control, RecommendationStatus status, List<String> findingIds, Optional<String> basis) {
    this(id, addressees, action, responsible, deadline, control, status, findingIds, basis, Optional.empty(), List.of());
  }

  /** The organization it is addressed to, if any (the first). */
  public Optional<OrganizationAddressee> organization() {
    return addressees.stream().filter(a -> a instanceof OrganizationAddressee).map(a -> (OrganizationAddressee) a).findFirst();
  }

  /** A builder holding this recommendation's values (to add what was recorded about carrying it out). */
  public Builder toBuilder() {
    Builder b = new Builder(id, action);
    b.addressees.addAll(addressees);
    b.responsible.addAll(responsible);
    b.deadline = deadline;
    b.control = control;
    b.status = status;
    b.findingIds.addAll(findingIds);
    b.basis = basis;
    b.reason = reason;
    b.executions.addAll(executions);
    return b;
  }

  /** A builder for a recommendation. */
  public static Builder builder(String id, String action) {
    return new Builder(id, action);
  }

  /** Builds a {@link Recommendation}. */
  public static final class Builder {
    private final String id;
    private final String action;
    private final List<Addressee> addressees = new ArrayList<>();
    private final List<Responsible> responsible = new ArrayList<>();
    private Schedule deadline = Schedule.unspecified();
    private Optional<ControlIndicator> control = Optional.empty();
    private RecommendationStatus status = RecommendationStatus.ISSUED;
    private final List<String> findingIds = new ArrayList<>();
    private Optional<String> basis = Optional.empty();
    private Optional<String> reason = Optional.empty();
    private final List<io.github.vsoko.model.plan.Execution> executions = new ArrayList<>();

    private Builder(String id, String action) {
      this.id = id;
      this.action = action;
    }

    /** Adds an addressee. */
    public Builder addressee(Addressee value) {
      addressees.add(value);
      return this;
    }

    /** Adds a responsible party. */
    public Builder responsible(Responsible value) {
      responsible.add(value);
      return this;
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

    /** Sets the control indicator. */
    public Builder control(ControlIndicator value) {
      control = Optional.of(value);
      return this;
    }

    /** Sets the status. */
    public Builder status(RecommendationStatus value) {
      status = value;
      return this;
    }

    /** Adds the id of a finding it answers. */
    public Builder finding(String findingId) {
      findingIds.add(findingId);
      return this;
    }

    /** Sets the document it comes from. */
    public Builder basis(String value) {
      basis = Optional.of(value);
      return this;
    }

    /** Sets the finding it answers, in words. */
    public Builder reason(String value) {
      reason = Optional.of(value);
      return this;
    }

    /** Adds a record of carrying it out. */
    public Builder execution(io.github.vsoko.model.plan.Execution value) {
      executions.add(value);
      return this;
    }

    /** Builds the recommendation. */
    public Recommendation build() {
      return new Recommendation(id, addressees, action, responsible, deadline, control, status, findingIds, basis, reason,
          executions);
    }
  }
}
