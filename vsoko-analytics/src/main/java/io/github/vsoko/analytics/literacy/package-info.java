/**
 * Functional literacy (функциональная грамотность): shares of students by level per direction for a class, a parallel or
 * the school, on the latest diagnostic of each student in the period; indicators over the same data are in the set
 * {@code vsoko.analytics} (section 5) and their dynamics come from {@link io.github.vsoko.analytics.dynamics.Dynamics}.
 */
package io.github.vsoko.analytics.literacy;
