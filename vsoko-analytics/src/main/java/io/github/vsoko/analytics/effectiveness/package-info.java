/**
 * The effectiveness evaluation sheet of a school's ВСОКО (оценочный лист эффективности функционирования ВСОКО, the recommendations of 27.04.2024):
 * a sheet is data (YAML {@code vsoko-sheet/1}); criteria the model can answer are scored automatically with the
 * evidence shown, the rest come from the school's answers ({@code vsoko-sheet-answers/1}).
 *
 * <p><b>Stability: experimental.</b> New in 0.1: names and shapes may still change in any 0.x release; the
 * changelog says what changed.
 */
package io.github.vsoko.analytics.effectiveness;
