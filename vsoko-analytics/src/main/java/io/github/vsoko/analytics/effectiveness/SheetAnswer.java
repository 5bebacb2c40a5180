package io.github.vsoko.analytics.effectiveness;

import java.util.Objects;

/**
 * A school's answer to a criterion (ответ ОО): the score and the evidence it cites.
 *
 * @param score the score, one the criterion allows
 * @param evidence the evidence («приказ от 01.09.2024 № 45»), possibly empty
 * @since 0.1.0
 */
public record SheetAnswer(int score, String evidence) {
  /** Validates. */
  public SheetAnswer {
    Objects.requireNonNull(evidence, "evidence");
    evidence = evidence.strip();
  }
}
