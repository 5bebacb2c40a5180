/**
 * ВПР analytics (анализ результатов Всероссийских проверочных работ): marks from primary scores by
 * scales as data, comparison of ВПР marks with journal marks, Spearman rank correlation and the
 * objectivity markers of the 2019 methodology; aggregation always by summing counts.
 *
 * <p><b>Stability: experimental.</b> New in 0.1: names and shapes may still change in any 0.x release; the
 * changelog says what changed.
 */
package io.github.vsoko.analytics.vpr;
