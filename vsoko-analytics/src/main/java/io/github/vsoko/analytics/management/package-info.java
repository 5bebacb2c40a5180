/**
 * The management cycle (управленческий цикл): measurements of an organization → findings
 * (выявленные дефициты) → draft addressed recommendations (адресные рекомендации), by rules written as
 * data (YAML); municipal lists of the schools that need recommendations.
 *
 * <p><b>Stability: experimental.</b> New in 0.1: names and shapes may still change in any 0.x release; the
 * changelog says what changed.
 */
package io.github.vsoko.analytics.management;
