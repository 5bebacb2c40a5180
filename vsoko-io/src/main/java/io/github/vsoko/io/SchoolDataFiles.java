package io.github.vsoko.io;

import io.github.vsoko.model.school.SchoolData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A school's data file (vsoko/1) in either of its two spellings, told by content rather than by name: JSON when its
 * first character (after a byte-order mark, in any Unicode encoding, and white space) is «{», else YAML — so {@code import --out x.yaml} writes
 * what every command reads.
 *
 * @since 0.1.0
 */
public final class SchoolDataFiles {
  private SchoolDataFiles() {}

  /**
   * Reads a vsoko/1 school data document, JSON or YAML.
   *
   * @throws io.github.vsoko.model.problem.ProblemException naming the file, line, column and field of a mistake
   */
  public static SchoolData read(Path file) throws IOException {
    return isJson(file) ? CanonicalJson.read(file) : CanonicalYaml.read(file);
  }

  /**
   * Whether a file is spelled in JSON: its first character past byte-order marks, the zero bytes of UTF-16/32 and
   * white space is «{» — or the first bytes tell nothing (the JSON reader then says what is wrong, with its place).
   */
  static boolean isJson(Path file) throws IOException {
    try (InputStream in = TextFiles.open(file, TextFiles.DATA_LIMIT)) {
      byte[] head = in.readNBytes(256);
      for (byte b : head) {
        int c = b & 0xFF;
        if (c == 0 || c == 0xEF || c == 0xBB || c == 0xBF || c == 0xFE || c == 0xFF || Character.isWhitespace(c)) {
          continue;
        }
        return c == '{';
      }
      return true;
    }
  }
}
