/**
 * The indicator SDK (показатели): definitions, units, exact values and their Russian formatting,
 * policies, calculators, indicator sets, the registry, evaluation, consistency rules and
 * aggregation. Start at {@link io.github.vsoko.indicators.IndicatorRegistry} and
 * {@link io.github.vsoko.indicators.IndicatorEvaluator}.
 *
 * <p><b>Stability: evolving.</b> Public API of vsoko 0.x: it changes only in a minor release, and every change is
 * listed in the changelog (CHANGELOG.md). Packages named {@code internal} are not API.
 */
package io.github.vsoko.indicators;
