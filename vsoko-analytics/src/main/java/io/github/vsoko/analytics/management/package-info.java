/**
 * The management cycle (управленческий цикл): measurements of an organization → findings
 * (выявленные дефициты) → draft addressed recommendations (адресные рекомендации), by rules written as
 * data (YAML); municipal lists of the schools that need recommendations.
 */
package io.github.vsoko.analytics.management;
