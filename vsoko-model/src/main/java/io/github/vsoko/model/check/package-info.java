/**
 * The model check (проверка модели ВСОКО) against the criteria of the criteria of a ВСОКО model.
 *
 * <p><b>Stability: evolving.</b> Public API of vsoko 0.x: it changes only in a minor release, and every change is
 * listed in the changelog (CHANGELOG.md). Packages named {@code internal} are not API.
 */
package io.github.vsoko.model.check;
