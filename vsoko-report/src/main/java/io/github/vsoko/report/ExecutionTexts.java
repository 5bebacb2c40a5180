package io.github.vsoko.report;

import io.github.vsoko.model.plan.Execution;

/**
 * A record of carrying something out in words: «выполнено 25.12.2024, справка», «перенесено на 15.01.2025, причина»,
 * «не выполнено, причина» — neuter for a plan's deadline, feminine for a recommendation («выполнена»).
 */
final class ExecutionTexts {
  private ExecutionTexts() {}

  /** A plan deadline's record («выполнено …»). */
  static String ofDeadline(Execution e, Language l) {
    return text(e, l, "о");
  }

  /** A recommendation's record («выполнена …»). */
  static String ofRecommendation(Execution e, Language l) {
    return text(e, l, "а");
  }

  private static String text(Execution e, Language l, String ending) {
    return switch (e.state()) {
      case DONE -> l.pick("выполнен" + ending + " ", "done ") + Labels.date(e.date().orElseThrow())
          + e.document().map(d -> ", " + d).orElse("");
      case MOVED -> l.pick("перенесен" + ending + " на ", "moved to ") + Labels.date(e.date().orElseThrow())
          + e.reason().map(d -> ", " + d).orElse("");
      case NOT_DONE -> l.pick("не выполнен" + ending, "not done") + e.reason().map(d -> ", " + d).orElse("");
    };
  }
}
