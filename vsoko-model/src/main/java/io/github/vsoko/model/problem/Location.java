package io.github.vsoko.model.problem;

/**
 * Where a problem is (место): a cell of a table file, or a place in a document (a line, a field).
 *
 * @since 0.1.0
 */
public sealed interface Location permits FileLocation, DocumentLocation {
  /** The file or document as the user named it. */
  String source();

  /** The place in Russian: «Математика.xlsx, лист «Sheet1», строка 15, столбец J («sum»)». */
  String describe();

  /** The place for editors and scripts: «файл:лист:строка:столбец» (empty parts left empty). */
  String compact();
}
