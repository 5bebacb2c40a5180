package io.github.vsoko.analytics.effectiveness;

import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the automatic criteria look at: the school's ВСОКО model (documents, plan, road maps), its data (ВПР with
 * journal marks) and the addressed recommendations it received. Whatever is missing leaves its criteria to the
 * school's answers.
 *
 * @param organizationId the school
 * @param organizationName its short name
 * @param year the academic year the sheet is filled for
 * @param model the ВСОКО model, if given
 * @param data the school data, if given
 * @param recommendations addressed recommendations (any addressee; those to the school are used)
 * @since 0.1.0
 */
public record SheetInputs(String organizationId, String organizationName, AcademicYear year, Optional<VsokoModel> model,
    Optional<SchoolData> data, List<Recommendation> recommendations) {
  /** Validates. */
  public SheetInputs {
    Objects.requireNonNull(organizationId, "organization id");
    Objects.requireNonNull(organizationName, "organization name");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(data, "data");
    recommendations = List.copyOf(recommendations);
  }

  /** Inputs from a school's data (its organization and the academic year ending in the data's period). */
  public static SheetInputs of(SchoolData data, AcademicYear year) {
    return new SheetInputs(data.organization().id(), data.organization().shortName(), year, Optional.empty(), Optional.of(data),
        List.of());
  }

  /** A copy with the ВСОКО model. */
  public SheetInputs withModel(VsokoModel value) {
    return new SheetInputs(organizationId, organizationName, year, Optional.of(value), data, recommendations);
  }

  /** A copy with the recommendations. */
  public SheetInputs withRecommendations(List<Recommendation> value) {
    return new SheetInputs(organizationId, organizationName, year, model, data, value);
  }
}
