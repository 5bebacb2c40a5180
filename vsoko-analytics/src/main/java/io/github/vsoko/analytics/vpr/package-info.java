/**
 * ВПР analytics (анализ результатов Всероссийских проверочных работ): marks from primary scores by
 * scales as data, comparison of ВПР marks with journal marks, Spearman rank correlation and the
 * objectivity markers of the 2019 methodology; aggregation always by summing counts.
 */
package io.github.vsoko.analytics.vpr;
