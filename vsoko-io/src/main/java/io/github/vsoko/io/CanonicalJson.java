package io.github.vsoko.io;

import io.github.vsoko.model.school.SchoolData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The canonical JSON format of school data ({@code "format": "vsoko/1"}): every record of a
 * {@link SchoolData} with Russian conventions kept (classes «5А», marks «5»/«н/а», subjects by name,
 * academic years «2024/2025», ISO dates). Output is deterministic: the same data gives the same bytes.
 */
public final class CanonicalJson {
  /** The format tag written in every document. */
  public static final String FORMAT = "vsoko/1";

  private CanonicalJson() {}

  /** Writes data as pretty-printed UTF-8 JSON text ending with a newline. */
  public static String write(SchoolData data) {
    return CanonicalMapper.write(data);
  }

  /** Writes data to a file as UTF-8 JSON, streaming (no whole-document string in memory). */
  public static void write(SchoolData data, Path file) throws IOException {
    try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      CanonicalMapper.write(data, out);
    }
  }

  /**
   * Reads data from JSON text.
   *
   * @param source a name for error messages (a file name)
   * @throws DataFormatException naming the line, column and path of the first problem
   */
  public static SchoolData read(String source, InputStream in) {
    return CanonicalMapper.read(source, in);
  }

  /**
   * Reads data from a JSON file.
   *
   * @throws DataFormatException naming the file, line, column and path of the first problem
   * @throws IOException if the file cannot be opened
   */
  public static SchoolData read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    }
  }
}
