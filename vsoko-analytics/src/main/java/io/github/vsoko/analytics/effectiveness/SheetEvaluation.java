package io.github.vsoko.analytics.effectiveness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fills a sheet for one school: an automatic criterion is scored from the inputs when they allow (the school's answer
 * to it is then shown but not counted); every other criterion takes the school's answer; a criterion with neither is
 * counted as 0 and listed as unanswered — never guessed.
 *
 * @since 0.1.0
 */
public final class SheetEvaluation {
  private SheetEvaluation() {}

  /**
   * The filled sheet.
   *
   * @throws IllegalArgumentException if an answer names an unknown criterion or a score the criterion does not allow
   */
  public static SheetResult evaluate(EffectivenessSheet sheet, SheetInputs inputs, SheetAnswers answers) {
    for (var e : answers.answers().entrySet()) {
      SheetCriterion c = sheet.criterion(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
          "ответ на неизвестный критерий «" + e.getKey() + "»; критерии листа: "
              + sheet.criteria().stream().map(SheetCriterion::id).toList()));
      if (!c.scores().contains(e.getValue().score())) {
        throw new IllegalArgumentException("критерий " + c.id() + ": балл " + e.getValue().score() + " не из шкалы " + c.scores());
      }
    }
    List<CriterionScore> scores = new ArrayList<>();
    for (SheetCriterion c : sheet.criteria()) {
      Optional<SheetAnswer> answer = answers.answer(c.id());
      Optional<AutoChecks.Scored> auto = c.auto().flatMap(a -> AutoChecks.score(a, inputs));
      if (auto.isPresent()) {
        String note = answer.filter(a -> a.score() != auto.get().score())
            .map(a -> " (ответ ОО: " + a.score() + " — не учтён, оценка автоматическая)").orElse("");
        scores.add(new CriterionScore(c, auto.get().score(), ScoreSource.AUTOMATIC, auto.get().evidence() + note));
      } else if (answer.isPresent()) {
        scores.add(new CriterionScore(c, answer.get().score(), ScoreSource.SCHOOL, answer.get().evidence()));
      } else {
        scores.add(new CriterionScore(c, 0, ScoreSource.UNANSWERED, c.auto().isPresent()
            ? "нет данных для автоматической оценки (модель ВСОКО, данные) и нет ответа ОО" : "нет ответа ОО"));
      }
    }
    return new SheetResult(sheet, inputs.organizationId(), inputs.organizationName(), inputs.year(), scores);
  }
}
