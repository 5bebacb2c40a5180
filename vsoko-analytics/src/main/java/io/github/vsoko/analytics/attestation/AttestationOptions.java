package io.github.vsoko.analytics.attestation;

/**
 * The choices where practice differs (docs/attestation.md).
 *
 * @param notAttestedSouWeight the СОУ weight of «н/а»: 7 («Сетевой город», default) or 0
 * @param meanOverBase whether the mean mark divides by the whole base (н/а included, as some
 *     calculators do) instead of by the number of marks (default)
 * @param excludeLeavers whether marks of students who left before the period's end are left out
 *     (default: yes — only students «не выбывшие на момент подсчёта» count)
 * @since 0.1.0
 */
public record AttestationOptions(int notAttestedSouWeight, boolean meanOverBase, boolean excludeLeavers) {
  /** Validates. */
  public AttestationOptions {
    if (notAttestedSouWeight != 7 && notAttestedSouWeight != 0) {
      throw new IllegalArgumentException("the СОУ weight of «н/а» is 7 or 0, was " + notAttestedSouWeight);
    }
  }

  /** Weight 7 for н/а, mean over marks, leavers out. */
  public static AttestationOptions defaults() {
    return new AttestationOptions(7, false, true);
  }
}
