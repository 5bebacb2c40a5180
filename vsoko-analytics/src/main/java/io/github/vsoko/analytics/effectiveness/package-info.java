/**
 * The effectiveness evaluation sheet of a school's ВСОКО (оценочный лист эффективности функционирования ВСОКО, seed 002):
 * a sheet is data (YAML {@code vsoko-sheet/1}); criteria the model can answer are scored automatically with the
 * evidence shown, the rest come from the school's answers ({@code vsoko-sheet-answers/1}).
 */
package io.github.vsoko.analytics.effectiveness;
