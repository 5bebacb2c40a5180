package io.github.vsoko.app;

import io.github.vsoko.analytics.vpr.VprCohort;
import io.github.vsoko.analytics.vpr.VprCohortWork;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.report.ReportOptions;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.analytics.attestation.AttestationAnalysis;
import io.github.vsoko.analytics.attestation.AttestationCounts;
import io.github.vsoko.analytics.attestation.AttestationGroup;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.report.AttestationReport;
import java.util.List;

/**
 * Итоги промежуточной аттестации: успеваемость, качество знаний, СОУ and средний балл by class, grade, level,
 * subject or for the school, for a period the marks were given in.
 *
 * @since 0.1.0
 */
public final class AttestationWorkflow {
  /**
   * Runs it.
   *
   * @throws IllegalArgumentException if the data hold no marks, or marks of several periods, for the period asked,
   *     naming the periods they do hold
   */
  public AttestationOutcome run(AttestationRequest request) {
    ReportingPeriod period = period(request.data(), request.year(), request.periodKind(), request.periodNumber());
    List<AttestationGroup> groups = AttestationAnalysis.analyse(request.data(), period, request.grouping(), request.options());
    AttestationCounts total = AttestationAnalysis.total(groups);
    return new AttestationOutcome(period, groups, total, AttestationReport.build(request.data().organization().shortName(),
        period.label(), groups, total, request.options(), period.end(), request.reportOptions()));
  }

  /**
   * A class followed across periods (когорта): the students of {@code className} in {@code year} through every period
   * with their marks, keyed by the period and the classes of that year; the report has no total row.
   *
   * @return the groups (one per period, oldest first) and the report
   * @throws IllegalArgumentException if the class has no marks in any period
   */
  public CohortOutcome cohort(SchoolData data, ClassName className, AcademicYear year, AttestationOptions options,
      ReportOptions reportOptions) {
    List<AttestationGroup> periods = AttestationAnalysis.cohort(data, className, year, options);
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("у класса " + className + " в " + year + " учебном году нет отметок");
    }
    List<VprCohortWork> vpr = VprCohort.follow(data, AttestationAnalysis.cohortMembers(data, className, year),
        VprScales.bundled());
    return new CohortOutcome(periods, vpr, AttestationReport.cohort(data.organization().shortName(), "когорта " + className
        + " (" + year + ")", periods, vpr, options, data.period().end(), reportOptions));
  }

  /**
   * The period of the data's marks of a kind and number in an academic year.
   *
   * @throws IllegalArgumentException naming the periods the marks do have when there is not exactly one
   */
  public static ReportingPeriod period(SchoolData data, AcademicYear year, PeriodKind kind, int number) {
    List<ReportingPeriod> found = data.marks().stream().map(AttestationMark::period)
        .filter(p -> p.kind() == kind && p.number() == number && p.academicYear().equals(year)).distinct().toList();
    if (found.size() != 1) {
      List<String> known = data.marks().stream().map(m -> m.period().label()).distinct().sorted().toList();
      throw new IllegalArgumentException((found.isEmpty() ? "нет отметок за " : "несколько периодов ") + kind.russianName()
          + (kind.maxNumber() > 1 ? " " + number : "") + " " + year + "; в данных: "
          + (known.isEmpty() ? "нет отметок" : String.join(", ", known)));
    }
    return found.get(0);
  }
}
