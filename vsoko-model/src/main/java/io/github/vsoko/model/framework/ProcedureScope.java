package io.github.vsoko.model.framework;

/**
 * Whether an assessment procedure is run by the school itself or from outside.
 *
 * @since 0.1.0
 */
public enum ProcedureScope {
  /** Внутренняя процедура (текущий контроль, самообследование, мониторинг…). */
  INTERNAL,
  /** Внешняя процедура (ВПР, ГИА, НИКО, аккредитация…). */
  EXTERNAL
}
