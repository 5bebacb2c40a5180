package io.github.vsoko.app;

import io.github.vsoko.analytics.effectiveness.SheetAnswers;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.school.SchoolData;
import java.util.Objects;
import java.util.Optional;

/**
 * One school on an effectiveness sheet: its data, its ВСОКО model and its answers to the criteria vsoko cannot score.
 *
 * @param data the school's data
 * @param model its ВСОКО model (documents, plan, road maps), if given
 * @param answers its answers; {@link SheetAnswers#none} when there are none
 * @param answersSource where the answers come from, named in errors («ответы.yaml»)
 * @since 0.1.0
 */
public record SheetSchool(SchoolData data, Optional<VsokoModel> model, SheetAnswers answers, String answersSource) {
  /** Validates: the answers are the school's. */
  public SheetSchool {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(answersSource, "answers source");
    if (!answers.organizationId().equals(data.organization().id())) {
      throw new IllegalArgumentException(answersSource + ": ответы организации «" + answers.organizationId() + "», а данные — «"
          + data.organization().id() + "»");
    }
  }

  /** A school with no model and no answers. */
  public static SheetSchool of(SchoolData data) {
    return new SheetSchool(data, Optional.empty(), SheetAnswers.none(data.organization().id()), "");
  }
}
