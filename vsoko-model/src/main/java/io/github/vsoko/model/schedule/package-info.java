/**
 * Schedules and deadlines (сроки): the forms plans, road maps and recommendations are written in,
 * their due dates within an academic year, and whether they are overdue. Start at
 * {@link io.github.vsoko.model.schedule.Schedule}.
 *
 * <p><b>Stability: evolving.</b> Public API of vsoko 0.x: it changes only in a minor release, and every change is
 * listed in the changelog (CHANGELOG.md). Packages named {@code internal} are not API.
 */
package io.github.vsoko.model.schedule;
