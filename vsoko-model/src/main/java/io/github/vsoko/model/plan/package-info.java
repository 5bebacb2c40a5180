/**
 * Plans of functioning (план функционирования ВСОКО, циклограмма), road maps (дорожные карты) and
 * the school's ВСОКО model that holds them.
 */
package io.github.vsoko.model.plan;
