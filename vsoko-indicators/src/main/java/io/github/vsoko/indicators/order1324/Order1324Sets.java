package io.github.vsoko.indicators.order1324;

import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.model.organization.OrganizationKind;
import java.util.Optional;

/**
 * The indicator sets of order № 1324 (показатели деятельности организации, подлежащей самообследованию) and which
 * one an organization reports by its kind: appendix 2 for a general-education organization, appendix 1 for a
 * kindergarten, appendix 5 for additional education.
 *
 * @since 0.1.0
 */
public final class Order1324Sets {
  /** Appendix 2: общеобразовательная организация. */
  public static final String GENERAL = "order1324.general";
  /** Appendix 1: дошкольная образовательная организация. */
  public static final String PRESCHOOL = "order1324.preschool";
  /** Appendix 5: организация дополнительного образования. */
  public static final String ADDITIONAL = "order1324.additional";

  private Order1324Sets() {}

  /** The id of the set an organization of this kind reports, or empty where order № 1324 has none here. */
  public static Optional<String> forKind(OrganizationKind kind) {
    return switch (kind) {
      case GENERAL -> Optional.of(GENERAL);
      case PRESCHOOL -> Optional.of(PRESCHOOL);
      case ADDITIONAL -> Optional.of(ADDITIONAL);
      case PROFESSIONAL, OTHER -> Optional.empty();
    };
  }

  /**
   * The set asked for by id, or else the order № 1324 set for the organization's kind.
   *
   * @throws IllegalArgumentException naming the kind when no set is asked for and the kind has none, or naming
   *     the id when the registry does not hold it
   */
  public static IndicatorSet resolve(IndicatorRegistry registry, Optional<String> asked, OrganizationKind kind) {
    String id = asked.or(() -> forKind(kind)).orElseThrow(() -> new IllegalArgumentException(
        "для организации вида «" + kind.russianName() + "» нет набора показателей приказа № 1324; укажите набор (--set)"));
    return registry.requireSet(id);
  }
}
