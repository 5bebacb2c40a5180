package io.github.vsoko.model.plan;

import io.github.vsoko.model.framework.AssessmentObject;
import io.github.vsoko.model.framework.Criterion;
import io.github.vsoko.model.framework.DocumentFormat;
import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.framework.Procedure;
import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.framework.Responsible;
import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.schedule.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of a plan of functioning (строка плана функционирования ВСОКО): the object, its criteria
 * and indicators, who answers for it, when, and the document it produces. Missing parts are
 * allowed here and reported by the model check.
 *
 * @param object the object of assessment (and so the quality area)
 * @param criteria criteria of assessment
 * @param indicators indicators of assessment
 * @param responsible responsible parties
 * @param schedule when it is due
 * @param documents documents produced
 * @param procedure the procedure, when the plan names one
 * @param executions what was recorded about its deadlines (отметки о выполнении), in order
 * @since 0.1.0
 */
public record PlanItem(
    AssessmentObject object,
    List<Criterion> criteria,
    List<IndicatorReference> indicators,
    List<Responsible> responsible,
    Schedule schedule,
    List<DocumentFormat> documents,
    Optional<Procedure> procedure,
    List<Execution> executions) {

  /** Validates the item. */
  public PlanItem {
    Checks.notNull(object, "assessment object");
    criteria = Checks.list(criteria, "criteria");
    indicators = Checks.list(indicators, "indicators");
    responsible = Checks.list(responsible, "responsible");
    Checks.notNull(schedule, "schedule");
    documents = Checks.list(documents, "documents");
    Checks.notNull(procedure, "procedure");
    executions = executions == null ? List.of() : Checks.list(executions, "executions");
  }

  /** An item without execution records. */
  public PlanItem(AssessmentObject object, List<Criterion> criteria, List<IndicatorReference> indicators,
      List<Responsible> responsible, Schedule schedule, List<DocumentFormat> documents, Optional<Procedure> procedure) {
    this(object, criteria, indicators, responsible, schedule, documents, procedure, List.of());
  }

  /**
   * Every deadline of the row in {@code year} judged on {@code on}, in order: each intermediate deadline of a
   * recurring row on its own («Декабрь, июнь» is overdue in January when December has no record).
   */
  public List<DeadlineStatus> statusOn(io.github.vsoko.model.time.AcademicYear year, java.time.LocalDate on) {
    return schedule.dueDates(year).stream()
        .map(d -> DeadlineStatus.judge(d, executions.stream().filter(e -> e.due().equals(d)).toList(), on))
        .toList();
  }

  /** The records that answer no deadline of the row in {@code year} (to be reported, never silently dropped). */
  public List<Execution> strayExecutions(io.github.vsoko.model.time.AcademicYear year) {
    List<java.time.LocalDate> due = schedule.dueDates(year);
    return executions.stream().filter(e -> !due.contains(e.due())).toList();
  }

  /** The row's words: the object, the criteria and the indicators (free text, or the id of a registered one), joined by «; ». */
  public String text() {
    StringBuilder b = new StringBuilder(object.title());
    criteria.forEach(c -> b.append("; ").append(c.text()));
    indicators.forEach(r -> b.append("; ").append(r instanceof io.github.vsoko.model.framework.FreeTextIndicator f ? f.text() : r.display()));
    return b.toString();
  }

    /** The quality area of the item's object. */
  public QualityArea area() {
    return object.area();
  }

  /** A builder for an item about {@code object}. */
  public static Builder builder(AssessmentObject object) {
    return new Builder(object);
  }

  /** A builder holding this item's values. */
  public Builder toBuilder() {
    Builder b = new Builder(object);
    b.criteria.addAll(criteria);
    b.indicators.addAll(indicators);
    b.responsible.addAll(responsible);
    b.schedule = schedule;
    b.documents.addAll(documents);
    b.procedure = procedure;
    b.executions.addAll(executions);
    return b;
  }

  /** Builds a {@link PlanItem}. */
  public static final class Builder {
    private final AssessmentObject object;
    private final List<Criterion> criteria = new ArrayList<>();
    private final List<IndicatorReference> indicators = new ArrayList<>();
    private final List<Responsible> responsible = new ArrayList<>();
    private Schedule schedule = Schedule.unspecified();
    private final List<DocumentFormat> documents = new ArrayList<>();
    private Optional<Procedure> procedure = Optional.empty();
    private final List<Execution> executions = new ArrayList<>();

    private Builder(AssessmentObject object) {
      this.object = object;
    }

    /** Adds a criterion. */
    public Builder criterion(String text) {
      criteria.add(new Criterion(text));
      return this;
    }

    /** Removes every criterion (to reuse a row's other cells for the next row). */
    public Builder clearCriteria() {
      criteria.clear();
      return this;
    }

    /** Removes the indicators (for a row that repeats another with other indicators). */
    public Builder clearIndicators() {
      indicators.clear();
      return this;
    }

    /** Adds an indicator. */
    public Builder indicator(IndicatorReference indicator) {
      indicators.add(indicator);
      return this;
    }

    /** Adds an indicator written as text. */
    public Builder indicator(String text) {
      return indicator(IndicatorReference.freeText(text));
    }

    /** Adds a responsible party. */
    public Builder responsible(Responsible party) {
      responsible.add(party);
      return this;
    }

    /** Adds responsible parties given as role titles. */
    public Builder responsible(String... roles) {
      for (String role : roles) {
        responsible.add(Responsible.of(role));
      }
      return this;
    }

    /** Removes every responsible party. */
    public Builder clearResponsible() {
      responsible.clear();
      return this;
    }

    /** Sets the schedule. */
    public Builder schedule(Schedule value) {
      schedule = value;
      return this;
    }

    /** Sets the schedule from its text. */
    public Builder schedule(String text) {
      return schedule(Schedule.parse(text));
    }

    /** Adds document formats given as text. */
    public Builder documents(String... titles) {
      for (String title : titles) {
        documents.add(DocumentFormat.of(title));
      }
      return this;
    }

    /** Sets the procedure. */
    public Builder procedure(Procedure value) {
      procedure = Optional.of(value);
      return this;
    }

    /** Adds a record about one of its deadlines. */
    public Builder execution(Execution record) {
      executions.add(record);
      return this;
    }

    /** Removes the execution records. */
    public Builder clearExecutions() {
      executions.clear();
      return this;
    }

    /** Builds the item. */
    public PlanItem build() {
      return new PlanItem(object, criteria, indicators, responsible, schedule, documents, procedure, executions);
    }
  }
}
