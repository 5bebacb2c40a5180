package io.github.vsoko.indicators.internal.order1324;

import io.github.vsoko.indicators.Calculation;
import io.github.vsoko.indicators.Count;
import io.github.vsoko.indicators.Flag;
import io.github.vsoko.indicators.Mean;
import io.github.vsoko.indicators.Ratio;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.indicators.ValueFormat;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/** Builds calculations with their Russian explanations. */
final class Shares {
  private static final ValueFormat FORMAT = ValueFormat.defaults();

  private Shares() {}

  /** «312 из 694 учащихся = 45 %». */
  static Calculation share(Collection<String> numeratorIds, long denominator, String ofWhom) {
    Share share = new Share(numeratorIds.size(), denominator);
    return Calculation.of(share, share.numerator() + " из " + denominator + " " + ofWhom + " = " + FORMAT.percent(share),
        numeratorIds);
  }

  /** A share whose numerator counts events, not persons. */
  static Calculation share(long numerator, long denominator, String ofWhom, Collection<String> ids) {
    Share share = new Share(numerator, denominator);
    return Calculation.of(share, numerator + " из " + denominator + " " + ofWhom + " = " + FORMAT.percent(share), ids);
  }

  /** «694 учащихся». */
  static Calculation count(Collection<String> ids, String ofWhom) {
    return Calculation.of(new Count(ids.size()), ids.size() + " " + ofWhom, ids);
  }

  /** «сумма 1 020 отметок / 260 участников = 3,9». */
  static Calculation mean(List<BigDecimal> values, Collection<String> ids, String what) {
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Mean mean = new Mean(sum, values.size());
    return Calculation.of(mean, "сумма " + what + " " + sum.toPlainString() + " / " + values.size() + " участников = "
        + FORMAT.format(mean), ids);
  }

  /** «52 компьютера / 694 учащихся = 0,07». */
  static Calculation ratio(BigDecimal numerator, long denominator, String numeratorText, String denominatorText) {
    Ratio ratio = new Ratio(numerator, BigDecimal.valueOf(denominator));
    return Calculation.of(ratio, numerator.toPlainString() + " " + numeratorText + " / " + denominator + " "
        + denominatorText + " = " + FORMAT.format(ratio));
  }

  /** «да» / «нет» with what it answers. */
  static Calculation flag(boolean value, String what) {
    return Calculation.of(new Flag(value), what + ": " + (value ? "да" : "нет"));
  }
}
