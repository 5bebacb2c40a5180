/**
 * Dynamics (динамика): any indicator across years by re-evaluating the data for each reporting year,
 * year-on-year changes, the least-squares trend over 3–5 years, and the «2» share rule (+10 п.п. is
 * negative).
 *
 * <p><b>Stability: experimental.</b> New in 0.1: names and shapes may still change in any 0.x release; the
 * changelog says what changed.
 */
package io.github.vsoko.analytics.dynamics;
