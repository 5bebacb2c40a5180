/**
 * The management cycle (управленческий цикл): findings and deficits, management decisions,
 * addressed recommendations and their follow-up.
 */
package io.github.vsoko.model.management;
