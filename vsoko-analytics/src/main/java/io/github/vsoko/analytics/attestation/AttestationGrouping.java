package io.github.vsoko.analytics.attestation;

/**
 * What attestation results are grouped by.
 *
 * @since 0.1.0
 */
public enum AttestationGrouping {
  /** Класс («5А»). */
  CLASS,
  /** Параллель (grade). */
  GRADE,
  /** Уровень образования (НОО, ООО, СОО). */
  LEVEL,
  /** Предмет. */
  SUBJECT,
  /** Класс и предмет. */
  CLASS_SUBJECT,
  /** Вся организация. */
  SCHOOL,
  /** Учитель: the teacher of the mark's subject in the student's class that year, from the teaching assignments. */
  TEACHER
}
