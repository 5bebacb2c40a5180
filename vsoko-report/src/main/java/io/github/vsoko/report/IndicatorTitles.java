package io.github.vsoko.report;

import io.github.vsoko.indicators.IndicatorDefinition;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.model.framework.FreeTextIndicator;
import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.framework.RegisteredIndicator;
import java.util.Optional;

/**
 * How a plan's indicator reference is printed: an indicator of a registered set by its code and official title
 * («1.5. Численность/удельный вес …»), never by its internal id; free text as written. The registry is the one the
 * options name, else the providers on the class path, looked up once and only when a plan names an indicator by id.
 */
final class IndicatorTitles {
  private final ReportOptions options;
  private IndicatorRegistry registry;

  IndicatorTitles(ReportOptions options) {
    this.options = options;
  }

  String title(IndicatorReference reference) {
    if (reference instanceof FreeTextIndicator f) {
      return f.text();
    }
    String id = ((RegisteredIndicator) reference).id();
    if (registry == null) {
      registry = options.registry().orElseGet(IndicatorRegistry::discover);
    }
    Optional<IndicatorDefinition> d = registry.definition(id);
    int slash = id.indexOf('/');
    String set = slash < 0 ? id : id.substring(0, slash);
    String code = slash < 0 ? "" : id.substring(slash + 1);
    return d.map(x -> x.code() + ". " + x.title()).orElseGet(() -> options.language().pick(
        "показатель " + code + " набора «" + set + "» (набора нет среди установленных)",
        "indicator " + code + " of set «" + set + "» (the set is not installed)"));
  }
}
