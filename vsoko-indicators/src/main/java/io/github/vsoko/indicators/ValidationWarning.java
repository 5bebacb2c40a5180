package io.github.vsoko.indicators;

import java.util.List;
import java.util.Objects;

/**
 * A consistency problem between computed values (предупреждение проверки согласованности).
 *
 * @param rule the rule's stable code («sum:1.1»)
 * @param message what is inconsistent, in Russian, with the numbers
 * @param codes the indicator codes involved
 * @since 0.1.0
 */
public record ValidationWarning(String rule, String message, List<String> codes) {
  /** Validates the warning. */
  public ValidationWarning {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    codes = List.copyOf(codes);
  }

  /** The warning as a located problem: the set and the rows involved. */
  public io.github.vsoko.model.problem.Problem problem(String setId) {
    return io.github.vsoko.model.problem.Problem.warning(
        io.github.vsoko.model.problem.DocumentLocation.field(setId, String.join(", ", codes)), message);
  }
}
