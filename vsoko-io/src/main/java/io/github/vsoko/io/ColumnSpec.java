package io.github.vsoko.io;

import java.util.List;

/**
 * A column of a school table: its key, its Russian header, the other headers it is recognised by
 * (English and common variants), whether it is required, and what it holds (for the docs and the
 * instructions sheet of the template).
 */
record ColumnSpec(String key, String header, List<String> aliases, boolean required, String description, List<String> choices) {
  static ColumnSpec required(String key, String header, String description, String... aliases) {
    return new ColumnSpec(key, header, List.of(aliases), true, description, List.of());
  }

  static ColumnSpec optional(String key, String header, String description, String... aliases) {
    return new ColumnSpec(key, header, List.of(aliases), false, description, List.of());
  }

  ColumnSpec withChoices(String... values) {
    return new ColumnSpec(key, header, aliases, required, description, List.of(values));
  }

  boolean matches(String folded) {
    return VprColumns.fold(header).equals(folded) || aliases.stream().anyMatch(a -> VprColumns.fold(a).equals(folded));
  }
}
