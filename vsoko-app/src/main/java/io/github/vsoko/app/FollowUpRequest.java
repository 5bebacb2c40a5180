package io.github.vsoko.app;

import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The inputs of a follow-up (контроль исполнения рекомендаций): last year's recommendations and this year's data.
 *
 * @param recommendations the recommendations to check (as {@code vsoko recommend --out} wrote them, with what was recorded
 *     about carrying them out)
 * @param now this year's data of the schools, measured as the management cycle measures them (its rules unused)
 * @param year the academic year the recommendations were to be carried out in
 * @param on the day of the check; by default the end of {@code year}
 * @since 0.1.0
 */
public record FollowUpRequest(List<Recommendation> recommendations, ManagementCycleRequest now, AcademicYear year,
    Optional<LocalDate> on) {
  /** Validates and copies. */
  public FollowUpRequest {
    recommendations = List.copyOf(recommendations);
    Objects.requireNonNull(now, "this year's data");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(on, "on");
  }
}
