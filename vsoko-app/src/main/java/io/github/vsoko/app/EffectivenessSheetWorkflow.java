package io.github.vsoko.app;

import io.github.vsoko.analytics.effectiveness.SheetEvaluation;
import io.github.vsoko.analytics.effectiveness.SheetInputs;
import io.github.vsoko.analytics.effectiveness.SheetResult;
import io.github.vsoko.report.EffectivenessSheetReport;
import io.github.vsoko.report.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fills the effectiveness sheet: criteria visible in the ВСОКО model and data are scored automatically with their
 * evidence, the rest from the school's answers; many schools are compared section by section.
 *
 * @since 0.1.0
 */
public final class EffectivenessSheetWorkflow {
  /**
   * Runs it.
   *
   * @throws IllegalArgumentException naming the answers' source when an answer is not on the criterion's scale
   */
  public EffectivenessSheetOutcome run(EffectivenessSheetRequest request) {
    List<SheetResult> results = new ArrayList<>();
    for (SheetSchool s : request.schools()) {
      SheetInputs in = SheetInputs.of(s.data(), request.year()).withRecommendations(request.recommendations());
      if (s.model().isPresent()) {
        in = in.withModel(s.model().get());
      }
      try {
        results.add(SheetEvaluation.evaluate(request.sheet(), in, s.answers()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException((s.answersSource().isEmpty() ? "" : s.answersSource() + ": ") + e.getMessage(), e);
      }
    }
    LocalDate date = request.reportOptions().date().orElse(request.year().end());
    List<Report> reports = new ArrayList<>();
    if (results.size() == 1) {
      reports.add(EffectivenessSheetReport.build(results.get(0), date, request.reportOptions()));
    } else {
      reports.add(EffectivenessSheetReport.compare(results, date, request.reportOptions()));
      Set<String> kinds = new HashSet<>();
      for (int i = 0; i < results.size(); i++) {
        String id = results.get(i).organizationId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
            .replaceAll("^-+|-+$", "");
        String kind = "effectiveness-sheet-" + (id.isEmpty() ? Integer.toString(i + 1) : id);
        if (!kinds.add(kind)) {
          kind = kind + "-" + (i + 1); // two ids that give the same file name must not overwrite each other
          kinds.add(kind);
        }
        reports.add(EffectivenessSheetReport.build(results.get(i), date, request.reportOptions()).withKind(kind));
      }
    }
    return new EffectivenessSheetOutcome(results, reports,
        EffectivenessSheetReport.summary(results, date, request.reportOptions()));
  }
}
