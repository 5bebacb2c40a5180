/**
 * ГИА analytics (анализ результатов ГИА): mean scores, marks, shares below the minimum with
 * minimum-score tables versioned by year and purpose, and the comparison of the annual mark with the
 * exam mark.
 *
 * <p><b>Stability: experimental.</b> New in 0.1: names and shapes may still change in any 0.x release; the
 * changelog says what changed.
 */
package io.github.vsoko.analytics.gia;
