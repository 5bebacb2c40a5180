package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;

/**
 * One course of further professional education a staff member completed.
 *
 * @param kind повышение квалификации or профессиональная переподготовка
 * @param programme the programme's title
 * @param hours length in academic hours (0 when unknown)
 * @param completedOn date of the certificate
 * @param concernsFgos whether it concerned applying the ФГОС (1.34 of order № 1324)
 * @since 0.1.0
 */
public record TrainingRecord(TrainingKind kind, String programme, int hours, LocalDate completedOn, boolean concernsFgos) {
  /** Validates the record. */
  public TrainingRecord {
    Checks.notNull(kind, "training kind");
    programme = Checks.text(programme, "training programme");
    Checks.range(hours, 0, 5000, "training hours");
    Checks.notNull(completedOn, "training completion date");
  }
}
