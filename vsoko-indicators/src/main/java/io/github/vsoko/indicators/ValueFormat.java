package io.github.vsoko.indicators;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Formats values the Russian way: decimal comma, «45 %», «да»/«нет»; rounds half up, only here.
 *
 * @param percentScale decimals of a percentage (0 by default)
 * @param ratioScale decimals of a ratio such as computers per student (2 by default)
 * @param meanScale decimals of a mean (1 by default)
 * @param zeroDenominator how a share of a zero base is printed
 * @param shareStyle how a «человек/%» value is printed
 * @since 0.1.0
 */
public record ValueFormat(
    int percentScale, int ratioScale, int meanScale, ZeroDenominator zeroDenominator, ShareStyle shareStyle) {

  /** Validates the options. */
  public ValueFormat {
    if (percentScale < 0 || percentScale > 4 || ratioScale < 0 || ratioScale > 6 || meanScale < 0 || meanScale > 6) {
      throw new IllegalArgumentException("scales must be 0–4 for percentages and 0–6 for ratios and means, were "
          + percentScale + ", " + ratioScale + ", " + meanScale);
    }
    Objects.requireNonNull(zeroDenominator, "zero denominator");
    Objects.requireNonNull(shareStyle, "share style");
  }

  /** Percentages with no decimals, ratios with 2, means with 1, «—» for a zero base, «312 человек / 45 %». */
  public static ValueFormat defaults() {
    return new ValueFormat(0, 2, 1, ZeroDenominator.DASH, ShareStyle.PERSONS_SLASH_PERCENT);
  }

  /** A copy with another number of decimals for percentages. */
  public ValueFormat withPercentScale(int scale) {
    return new ValueFormat(scale, ratioScale, meanScale, zeroDenominator, shareStyle);
  }

  /** A copy with another zero-base policy. */
  public ValueFormat withZeroDenominator(ZeroDenominator value) {
    return new ValueFormat(percentScale, ratioScale, meanScale, value, shareStyle);
  }

  /** A copy with another share style. */
  public ValueFormat withShareStyle(ShareStyle value) {
    return new ValueFormat(percentScale, ratioScale, meanScale, zeroDenominator, value);
  }

  /** «45,2» from 45.15 at scale 1: half up, decimal comma, no grouping. */
  public static String decimal(BigDecimal value, int scale) {
    return RussianFormat.decimal(value, scale);
  }

  /** The percentage of a share, «45 %», or the zero-base text. */
  public String percent(Share share) {
    return share.percent().map(p -> decimal(p, percentScale) + " %").orElseGet(this::zeroBase);
  }

  private String zeroBase() {
    return switch (zeroDenominator) {
      case DASH -> "—";
      case BLANK -> "";
      case ZERO_PERCENT -> decimal(BigDecimal.ZERO, percentScale) + " %";
    };
  }

  /** Formats a value as a report cell. */
  public String format(IndicatorValue value) {
    if (value instanceof Count c) {
      return Long.toString(c.value());
    } else if (value instanceof Share s) {
      return share(s);
    } else if (value instanceof Mean m) {
      return decimal(m.value(), meanScale);
    } else if (value instanceof Ratio r) {
      return r.value().map(v -> decimal(v, ratioScale)).orElseGet(this::zeroBase);
    } else if (value instanceof Flag f) {
      return f.value() ? "да" : "нет";
    } else if (value instanceof Area a) {
      return decimal(a.squareMetres(), Math.max(0, Math.min(2, a.squareMetres().scale())));
    } else if (value instanceof NotApplicable) {
      return "—";
    } else if (value instanceof Missing) {
      return RussianFormat.NO_DATA;
    }
    return "ошибка";
  }

  /** «человек» or «человека» as Russian agrees it with a number: 1 человек, 2–4 человека, 5–20 человек, 22 человека. */
  static String persons(long n) {
    // «человек» for 1 too («1 человек»), as for 5: the genitive plural and the nominative singular coincide
    return RussianFormat.plural(n, "человек", "человека", "человек");
  }

  private String share(Share s) {
    String percent = percent(s);
    return switch (shareStyle) {
      case PERSONS_SLASH_PERCENT -> s.numerator() + " " + persons(s.numerator()) + " / " + percent;
      case COUNT_PARENS_PERCENT -> percent.isEmpty() ? Long.toString(s.numerator()) : s.numerator() + " (" + percent + ")";
      case COUNT_SLASH_NUMBER -> s.numerator() + "/" + percent.replace(" %", "");
    };
  }
}
