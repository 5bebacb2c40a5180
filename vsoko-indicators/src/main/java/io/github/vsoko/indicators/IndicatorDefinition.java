package io.github.vsoko.indicators;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The definition of an indicator (показатель): identity, wording and structure.
 *
 * @param setId the set it belongs to («order1324.general»)
 * @param code the code as printed («1.19.1»)
 * @param title the wording, verbatim
 * @param unit the unit; {@link Unit#NONE} for heading rows
 * @param description a longer explanation, if any
 * @param denominator what a share is taken of («общая численность учащихся (1.1)»), for shares
 * @param source the document the wording comes from
 * @param parentCode the code of the row this one belongs to («1.19» for «1.19.1», «1» for «1.1»)
 * @param aggregation how values combine across organizations
 * @since 0.1.0
 */
public record IndicatorDefinition(
    String setId,
    String code,
    String title,
    Unit unit,
    Optional<String> description,
    Optional<String> denominator,
    Source source,
    Optional<String> parentCode,
    AggregationRule aggregation) {

  private static final Pattern SET_ID = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

  /** Validates the definition. */
  public IndicatorDefinition {
    Objects.requireNonNull(setId, "set id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(parentCode, "parent code");
    Objects.requireNonNull(aggregation, "aggregation");
    if (!SET_ID.matcher(setId).matches()) {
      throw new IllegalArgumentException("set id must be lower-case words joined by dots, such as «order1324.general», was «"
          + setId + "»");
    }
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("indicator code must be letters, digits, «_» or «-» joined by dots, was «" + code + "»");
    }
    if (title.isBlank()) {
      throw new IllegalArgumentException("indicator " + setId + "/" + code + " has a blank title");
    }
    if ((unit == Unit.NONE) != (aggregation == AggregationRule.NONE)) {
      throw new IllegalArgumentException("indicator " + setId + "/" + code
          + ": heading rows (unit «-») and only they aggregate by NONE");
    }
  }

  /** The default aggregation for a unit: shares by parts, means by sums, flags by counts of «да». */
  public static AggregationRule defaultAggregation(Unit unit) {
    return switch (unit) {
      case PERSONS, UNITS, SQUARE_METRES -> AggregationRule.SUM;
      case PERSONS_SHARE -> AggregationRule.SUM_OF_PARTS;
      case SCORE -> AggregationRule.MEAN;
      case PERSONS_PER_PERSON, DAYS -> AggregationRule.RATIO;
      case FLAG -> AggregationRule.COUNT_YES;
      case NONE -> AggregationRule.NONE;
    };
  }

  /** The parent code implied by a dotted code: «1.19.1» → «1.19», «1.1» → «1»; none for «1». */
  public static Optional<String> impliedParent(String code) {
    int dot = code.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(code.substring(0, dot));
  }

  /** «order1324.general/1.5». */
  public String id() {
    return setId + "/" + code;
  }

  /** Whether this row is a heading with no value. */
  public boolean isHeading() {
    return unit == Unit.NONE;
  }
}
