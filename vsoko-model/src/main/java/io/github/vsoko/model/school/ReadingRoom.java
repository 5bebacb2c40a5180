package io.github.vsoko.model.school;

/**
 * The library's reading room (читальный зал библиотеки, 2.4–2.4.5 of order № 1324).
 *
 * @param present whether there is one
 * @param computers with stationary or portable computers to work on
 * @param mediaLibrary with a media library (медиатека)
 * @param scanning with scanning and text recognition
 * @param internet with Internet access from the library's computers
 * @param controlledPrinting with controlled printing of paper materials
 * @since 0.1.0
 */
public record ReadingRoom(
    boolean present, boolean computers, boolean mediaLibrary, boolean scanning, boolean internet,
    boolean controlledPrinting) {

  /** Validates that features belong to a room that exists. */
  public ReadingRoom {
    if (!present && (computers || mediaLibrary || scanning || internet || controlledPrinting)) {
      throw new IllegalArgumentException("reading-room features are given but there is no reading room");
    }
  }

  /** No reading room. */
  public static ReadingRoom none() {
    return new ReadingRoom(false, false, false, false, false, false);
  }
}
