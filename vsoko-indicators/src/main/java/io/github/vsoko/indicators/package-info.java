/**
 * The indicator SDK (показатели): definitions, units, exact values and their Russian formatting,
 * policies, calculators, indicator sets, the registry, evaluation, consistency rules and
 * aggregation. Start at {@link io.github.vsoko.indicators.IndicatorRegistry} and
 * {@link io.github.vsoko.indicators.IndicatorEvaluator}.
 */
package io.github.vsoko.indicators;
