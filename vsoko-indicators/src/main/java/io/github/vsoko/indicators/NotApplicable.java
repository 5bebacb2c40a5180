package io.github.vsoko.indicators;

import java.util.Objects;

/**
 * The indicator does not apply (не применимо), with the reason in Russian
 * («ГИА-9 в отчётном году не проводилась»).
 *
 * @param reason why
 * @since 0.1.0
 */
public record NotApplicable(String reason) implements IndicatorValue {
  /** Validates the reason. */
  public NotApplicable {
    Objects.requireNonNull(reason, "reason");
  }
}
