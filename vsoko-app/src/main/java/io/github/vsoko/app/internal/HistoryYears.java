package io.github.vsoko.app.internal;

import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorResult;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.Missing;
import io.github.vsoko.indicators.SelfAssessmentSection;
import io.github.vsoko.indicators.Unit;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An earlier calendar year computed from a later document's class history (год по истории классов): only what the
 * history and the marks can say — the roll and the intermediate attestation (the set's sections «Контингент» and
 * «Результаты промежуточной аттестации») — and «нет данных» for every other row, since a later document does not list
 * the earlier year's leavers, graduates, exams or staff.
 */
public final class HistoryYears {
  private HistoryYears() {}

  /** Whether the document's class history holds the academic year ending in {@code year}. */
  public static boolean holds(SchoolData data, int year) {
    AcademicYear academic = AcademicYear.starting(year - 1);
    return data.period().end().getYear() > year && data.enrolments().stream().anyMatch(e -> e.year().equals(academic));
  }

  /** The set on {@code year} from the document's history; empty when the history does not hold that year. */
  public static Optional<EvaluationResult> evaluate(IndicatorSet set, SchoolData data, int year, EvaluationOptions options) {
    if (!holds(data, year)) {
      return Optional.empty();
    }
    EvaluationResult all = IndicatorEvaluator.evaluate(set, data.withPeriod(ReportingPeriod.calendarYear(year)), options);
    Set<String> kept = new HashSet<>(all.codesIn(SelfAssessmentSection.CONTINGENT));
    kept.addAll(all.codesIn(SelfAssessmentSection.ATTESTATION));
    List<IndicatorResult> results = new ArrayList<>();
    for (IndicatorResult r : all.results()) {
      boolean heading = r.definition().unit() == Unit.NONE;
      results.add(heading || kept.contains(r.definition().code()) ? r : new IndicatorResult(r.definition(),
          new Missing("за " + year + " год в данных есть только история классов и отметки"),
          r.definition().code() + ": нет данных за " + year + " год (только история классов и отметки)", r.policies(),
          List.of()));
    }
    return Optional.of(new EvaluationResult(all.setId(), all.setVersion(), all.unitId(), all.period(), results, List.of(),
        all.sections()));
  }
}
