package io.github.vsoko.app;

import io.github.vsoko.analytics.gia.GiaAnalysis;
import io.github.vsoko.analytics.gia.GiaSubjectResult;
import io.github.vsoko.report.GiaReport;
import io.github.vsoko.analytics.gia.GiaGroupResult;
import java.util.List;

/**
 * Итоги ГИА: means, marks, results below the minimum, exam marks against annual marks, and the ОГЭ/ГВЭ scales applied.
 *
 * @since 0.1.0
 */
public final class GiaWorkflow {
  /** Runs it. */
  public GiaOutcome run(GiaRequest request) {
    List<GiaSubjectResult> results = GiaAnalysis.analyse(request.data(), request.year(), request.minimums(), request.purpose(),
        request.scales(), request.mapping());
    List<GiaGroupResult> groups = request.grouping().map(g -> GiaAnalysis.byGroup(request.data(), request.year(),
        request.minimums(), request.purpose(), request.scales(), g, request.mapping())).orElse(List.of());
    // an ЕГЭ subject the minimum table does not cover for the year: «нет данных», said — never «ниже минимума 0»
    List<String> warnings = new java.util.ArrayList<>();
    for (GiaSubjectResult r : results) {
      if (r.form() == io.github.vsoko.model.school.ExamForm.EGE && r.minimum().isEmpty()
          && r.level().map(v -> v != io.github.vsoko.model.school.ExamLevel.BASE).orElse(true)) {
        warnings.add("ЕГЭ " + request.year() + ", " + r.subject().name() + ": в таблице минимумов нет " + request.year()
            + " года для цели «" + request.purpose().russianName() + "» — «ниже минимума» не считается (нет данных); "
            + "задайте таблицу: --minimums ФАЙЛ (format: vsoko-gia-minimums/1)");
      }
    }
    io.github.vsoko.report.Report report = GiaReport.build(request.data().organization().shortName(), request.year(),
        results, request.grouping(), groups, request.reportOptions());
    if (!warnings.isEmpty()) {
      report = report.withBlocksAppended(List.of(
          new io.github.vsoko.report.ListBlock(warnings.stream().map(io.github.vsoko.report.ListItem::warning).toList())));
    }
    return new GiaOutcome(results, groups, report, warnings);
  }
}
