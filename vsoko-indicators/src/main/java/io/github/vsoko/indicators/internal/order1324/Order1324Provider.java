package io.github.vsoko.indicators.internal.order1324;

import io.github.vsoko.indicators.order1324.Order1324Policies;
import io.github.vsoko.indicators.IndicatorProvider;
import io.github.vsoko.indicators.RegistrationContext;

/** Registers the built-in order № 1324 sets and their policies. */
public final class Order1324Provider implements IndicatorProvider {
  /** Used by {@link java.util.ServiceLoader}. */
  public Order1324Provider() {}

  @Override
  public String id() {
    return "order1324";
  }

  @Override
  public void register(RegistrationContext context) {
    context.addSet(GeneralSet.build());
    context.addSet(PreschoolSet.build());
    context.addSet(AdditionalSet.build());
    Order1324Policies.all().forEach(context::addPolicy);
  }
}
