package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reading a user's file within bounds (чтение файла с ограничением): a directory, a file over the limit, a device that
 * never ends ({@code /dev/zero}) or a binary file given as text is a located {@link ProblemException}, never an
 * exhausted heap or a silently empty result. Text is decoded by its BOM (UTF-8, UTF-16 LE/BE), UTF-16 without one,
 * then UTF-8 or a Cyrillic single-byte encoding, strictly.
 *
 * @since 0.1.0
 */
public final class TextFiles {
  /** The most a text document (a regulation, a YAML rule file, an HTML export) may take: 32 MiB. */
  public static final long TEXT_LIMIT = 32L << 20;
  /** The most a data document (canonical JSON or YAML) may take: 256 MiB. */
  public static final long DATA_LIMIT = 256L << 20;

  private TextFiles() {}

  /**
   * Opens a file for reading at most {@code limit} bytes.
   *
   * @throws NoSuchFileException if there is no such file
   * @throws ProblemException naming the file when it is a directory or larger than the limit (also while reading a
   *     device or a growing file)
   */
  public static InputStream open(Path file, long limit) throws IOException {
    if (Files.isDirectory(file)) {
      throw fail(file, "это каталог, а ожидается файл");
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    if (Files.isRegularFile(file) && Files.size(file) > limit) {
      throw tooLarge(file, limit, Files.size(file));
    }
    long[] read = {0};
    return new CountedInputStream(Files.newInputStream(file), n -> { // refuses to give more than its limit
      read[0] += n;
      if (read[0] > limit) {
        throw tooLarge(file, limit, -1);
      }
    });
  }

  /**
   * The whole text of a file, decoded.
   *
   * @throws ProblemException naming the file when it is too large, binary or not decodable
   */
  public static String read(Path file, long limit) throws IOException {
    byte[] bytes;
    try (InputStream in = open(file, limit)) {
      bytes = in.readAllBytes();
    }
    return decode(file.toString(), bytes);
  }

  /** A reader of the whole decoded text of a file, as {@link #read(Path, long)}. */
  public static Reader reader(Path file, long limit) throws IOException {
    return new StringReader(read(file, limit));
  }

  /**
   * Decodes the bytes of a text file named {@code source}.
   *
   * @throws ProblemException naming the file when the bytes are binary or not valid in the encoding they declare
   */
  public static String decode(String source, byte[] bytes) {
    TextEncoding.Detected d = TextEncoding.detect(bytes, Optional.empty());
    String text;
    try {
      text = d.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, d.bomLength(), bytes.length - d.bomLength())).toString();
    } catch (CharacterCodingException e) {
      throw new ProblemException(List.of(Problem.ofFile(source, "текст не читается в кодировке " + d.charset().name()
          + " (" + e.getMessage() + "); сохраните файл в UTF-8")));
    }
    long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
    if (text.indexOf('\0') >= 0 || control > text.length() / 20 + 1) {
      throw new ProblemException(List.of(Problem.ofFile(source, "не текстовый файл (двоичные данные); ожидается текст в "
          + "UTF-8, UTF-16 или Windows-1251")));
    }
    return text;
  }

  private static ProblemException tooLarge(Path file, long limit, long size) {
    return fail(file, "файл слишком большой" + (size > 0 ? " (" + mib(size) + ")" : "") + ": ожидается не больше " + mib(limit));
  }

  private static String mib(long bytes) {
    return bytes >= 1L << 20 ? (bytes >> 20) + " МБ" : bytes + " байт";
  }

  private static ProblemException fail(Path file, String message) {
    return new ProblemException(List.of(Problem.ofFile(file.toString(), message)));
  }
}
