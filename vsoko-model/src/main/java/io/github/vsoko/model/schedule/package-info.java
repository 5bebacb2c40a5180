/**
 * Schedules and deadlines (сроки): the forms plans, road maps and recommendations are written in,
 * their due dates within an academic year, and whether they are overdue. Start at
 * {@link io.github.vsoko.model.schedule.Schedule}.
 */
package io.github.vsoko.model.schedule;
