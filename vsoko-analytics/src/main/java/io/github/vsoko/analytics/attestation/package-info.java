/**
 * Results of промежуточная аттестация: успеваемость, качество знаний, СОУ and средний балл per class,
 * parallel, subject, level and school, with the denominators of docs/attestation.md (н/а stays in,
 * освобождённые and выбывшие out) and the contested choices as options.
 */
package io.github.vsoko.analytics.attestation;
