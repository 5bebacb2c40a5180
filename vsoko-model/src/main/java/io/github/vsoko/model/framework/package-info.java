/**
 * The ВСОКО framework: quality areas, assessment objects, criteria and indicators, roles and
 * responsible parties, procedures, document formats, participants (субъекты), instruments,
 * resources and products.
 *
 * <p><b>Stability: evolving.</b> Public API of vsoko 0.x: it changes only in a minor release, and every change is
 * listed in the changelog (CHANGELOG.md). Packages named {@code internal} are not API.
 */
package io.github.vsoko.model.framework;
