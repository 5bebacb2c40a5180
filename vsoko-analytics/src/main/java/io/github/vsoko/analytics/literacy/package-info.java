/**
 * Functional literacy (функциональная грамотность): shares of students by level per direction for a class, a parallel or
 * the school, on the latest diagnostic of each student in the period; indicators over the same data are in the set
 * {@code vsoko.analytics} (section 5) and their dynamics come from {@link io.github.vsoko.analytics.dynamics.Dynamics}.
 *
 * <p><b>Stability: experimental.</b> New in 0.1: names and shapes may still change in any 0.x release; the
 * changelog says what changed.
 */
package io.github.vsoko.analytics.literacy;
