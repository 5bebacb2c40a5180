package io.github.vsoko.model.framework;

/**
 * The documents a working ВСОКО has (документы ВСОКО).
 *
 * @since 0.1.0
 */
public enum VsokoDocumentType {
  /** Положение о ВСОКО. */
  REGULATION("Положение о ВСОКО"),
  /** План функционирования ВСОКО. */
  PLAN("План функционирования ВСОКО"),
  /** Циклограмма ВСОКО. */
  CYCLOGRAM("Циклограмма ВСОКО"),
  /** Дорожная карта. */
  ROAD_MAP("Дорожная карта"),
  /** Отчёт о результатах самообследования. */
  SELF_ASSESSMENT_REPORT("Отчёт о результатах самообследования"),
  /** Публичный доклад. */
  PUBLIC_REPORT("Публичный доклад"),
  /** Аналитическая справка. */
  ANALYTICAL_NOTE("Аналитическая справка"),
  /** Other local act or document. */
  OTHER("Иной документ");

  private final String title;

  VsokoDocumentType(String title) {
    this.title = title;
  }

  /** The Russian title. */
  public String title() {
    return title;
  }
}
