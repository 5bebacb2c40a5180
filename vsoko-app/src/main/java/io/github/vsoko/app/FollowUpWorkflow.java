package io.github.vsoko.app;

import io.github.vsoko.analytics.management.Measurements;
import io.github.vsoko.analytics.management.RecommendationFollowUp;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.report.FollowUpReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The follow-up a year later (контроль исполнения адресных рекомендаций), closing the management cycle: this year's data
 * measured as the cycle measures them, and every recommendation of last year checked — done, moved, by its deadline,
 * its control indicator now beside the baseline and the target.
 *
 * @since 0.1.0
 */
public final class FollowUpWorkflow {
  private final IndicatorRegistry registry;

  /** Over the indicator sets of a registry. */
  public FollowUpWorkflow(IndicatorRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** Runs it. */
  public FollowUpOutcome run(FollowUpRequest request) throws IOException {
    Map<String, Measurements> now = new ManagementCycleWorkflow(registry).measure(request.now()).stream()
        .collect(Collectors.toMap(Measurements::organizationId, Function.identity(), (a, b) -> a));
    LocalDate on = request.on().orElse(request.year().end());
    List<RecommendationFollowUp> checked = new ArrayList<>();
    for (Recommendation r : request.recommendations()) {
      Optional<Measurements> measured = r.organization().map(o -> now.get(o.organizationId()));
      checked.add(RecommendationFollowUp.check(r, measured, request.year(), on));
    }
    return new FollowUpOutcome(checked, FollowUpReport.build(checked, request.year(), on, request.now().reportOptions()));
  }
}
