package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Infrastructure of a preschool organization (раздел 2 приложения № 1), on a date.
 *
 * @param asOf the date the figures are for
 * @param educationalArea area of premises used for education, m² (2.1)
 * @param additionalActivitiesArea area of premises for additional activities, m² (2.2)
 * @param gym whether there is a gym (физкультурный зал, 2.3)
 * @param musicHall whether there is a music hall (2.4)
 * @param walkingAreas whether there are walking areas for physical activity and play (2.5)
 * @since 0.1.0
 */
public record PreschoolFacilities(
    LocalDate asOf, BigDecimal educationalArea, BigDecimal additionalActivitiesArea, boolean gym, boolean musicHall,
    boolean walkingAreas) {
  /** Validates the figures. */
  public PreschoolFacilities {
    Checks.notNull(asOf, "facilities date");
    Checks.area(educationalArea, "educational area");
    Checks.area(additionalActivitiesArea, "additional activities area");
  }
}
