/**
 * Results of промежуточная аттестация: успеваемость, качество знаний, СОУ and средний балл per class,
 * parallel, subject, level and school, with the denominators of docs/attestation.md (н/а stays in,
 * освобождённые and выбывшие out) and the contested choices as options.
 *
 * <p><b>Stability: experimental.</b> New in 0.1: names and shapes may still change in any 0.x release; the
 * changelog says what changed.
 */
package io.github.vsoko.analytics.attestation;
