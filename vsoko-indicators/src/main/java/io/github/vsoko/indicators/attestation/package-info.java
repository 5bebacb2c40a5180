/**
 * Results of промежуточная аттестация: успеваемость, качество знаний, СОУ and средний балл per class,
 * parallel, subject, level and school, with the denominators of analytics.md §4 (н/а stays in,
 * освобождённые and выбывшие out) and the contested choices as options.
 */
package io.github.vsoko.indicators.attestation;
