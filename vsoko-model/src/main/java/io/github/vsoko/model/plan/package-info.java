/**
 * Plans of functioning (план функционирования ВСОКО, циклограмма), road maps (дорожные карты) and
 * the school's ВСОКО model that holds them.
 *
 * <p><b>Stability: evolving.</b> Public API of vsoko 0.x: it changes only in a minor release, and every change is
 * listed in the changelog (CHANGELOG.md). Packages named {@code internal} are not API.
 */
package io.github.vsoko.model.plan;
