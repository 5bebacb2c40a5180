/**
 * ГИА analytics (анализ результатов ГИА): mean scores, marks, shares below the minimum with
 * minimum-score tables versioned by year and purpose, and the comparison of the annual mark with the
 * exam mark.
 */
package io.github.vsoko.analytics.gia;
