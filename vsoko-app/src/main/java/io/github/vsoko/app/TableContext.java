package io.github.vsoko.app;

import io.github.vsoko.model.time.AcademicYear;
import java.util.Objects;
import java.util.Optional;

/**
 * What a plan or road map given as a table (XLSX/CSV) needs besides the table: the organization it belongs to and
 * the academic year its deadlines fall in.
 *
 * @param organization the organization's id
 * @param year the academic year, if known
 * @since 0.1.0
 */
public record TableContext(String organization, Optional<AcademicYear> year) {
  /** Validates. */
  public TableContext {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(year, "year");
  }
}
