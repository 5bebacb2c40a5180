package io.github.vsoko.model.framework;

import io.github.vsoko.model.internal.Checks;

/**
 * An assessment procedure (процедура оценки), internal or external.
 *
 * @param name the procedure as named
 * @param scope internal or external
 * @since 0.1.0
 */
public record Procedure(String name, ProcedureScope scope) {
  /** Текущий контроль успеваемости. */
  public static final Procedure ONGOING_ASSESSMENT = new Procedure("Текущий контроль успеваемости", ProcedureScope.INTERNAL);
  /** Промежуточная аттестация. */
  public static final Procedure INTERMEDIATE_ATTESTATION = new Procedure("Промежуточная аттестация", ProcedureScope.INTERNAL);
  /** Самообследование. */
  public static final Procedure SELF_ASSESSMENT = new Procedure("Самообследование", ProcedureScope.INTERNAL);
  /** Мониторинг. */
  public static final Procedure MONITORING = new Procedure("Мониторинг", ProcedureScope.INTERNAL);
  /** Анкетирование. */
  public static final Procedure SURVEY = new Procedure("Анкетирование", ProcedureScope.INTERNAL);
  /** Всероссийские проверочные работы. */
  public static final Procedure VPR = new Procedure("ВПР", ProcedureScope.EXTERNAL);
  /** Государственная итоговая аттестация. */
  public static final Procedure GIA = new Procedure("ГИА", ProcedureScope.EXTERNAL);
  /** Национальные исследования качества образования. */
  public static final Procedure NIKO = new Procedure("НИКО", ProcedureScope.EXTERNAL);
  /** Лицензирование. */
  public static final Procedure LICENSING = new Procedure("Лицензирование", ProcedureScope.EXTERNAL);
  /** Государственная аккредитация. */
  public static final Procedure ACCREDITATION = new Procedure("Государственная аккредитация", ProcedureScope.EXTERNAL);
  /** Конкурсы, олимпиады. */
  public static final Procedure CONTESTS = new Procedure("Конкурсы", ProcedureScope.EXTERNAL);

  /** Validates the procedure. */
  public Procedure {
    name = Checks.text(name, "procedure");
    Checks.notNull(scope, "procedure scope");
  }
}
