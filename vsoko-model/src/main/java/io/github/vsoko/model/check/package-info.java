/** The model check (проверка модели ВСОКО) against the criteria of seed 001. */
package io.github.vsoko.model.check;
