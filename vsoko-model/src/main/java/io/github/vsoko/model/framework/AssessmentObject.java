package io.github.vsoko.model.framework;

import io.github.vsoko.model.internal.Checks;

/**
 * An object of assessment (объект / предмет ВСОКО) within a quality area, e.g. «Кадровые условия».
 *
 * @param area the quality area
 * @param title the object as written
 * @since 0.1.0
 */
public record AssessmentObject(QualityArea area, String title) {
  /** Validates the object. */
  public AssessmentObject {
    Checks.notNull(area, "quality area");
    title = Checks.text(title, "assessment object");
  }
}
