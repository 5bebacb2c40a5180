package io.github.vsoko.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides the encoding of a text file the way a Russian school saves it: a BOM wins; then text that
 * is valid UTF-8 is UTF-8; otherwise juniversalchardet decides among the Cyrillic single-byte
 * encodings, Windows-1251 when it cannot tell.
 */
final class TextEncoding {
  static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  private TextEncoding() {}

  /** The encoding and how many BOM bytes to skip. */
  record Detected(Charset charset, int bomLength) {}

  static Detected detect(byte[] bytes, Optional<Charset> override) {
    int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    if (override.isPresent()) {
      return new Detected(override.get(), override.get().equals(StandardCharsets.UTF_8) ? bom : 0);
    }
    if (bom == 3) {
      return new Detected(StandardCharsets.UTF_8, 3);
    }
    if (isUtf8(bytes)) {
      return new Detected(StandardCharsets.UTF_8, 0);
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    Charset charset = WINDOWS_1251;
    if (name != null && Charset.isSupported(name)) {
      Charset guess = Charset.forName(name);
      if (guess.name().equals("KOI8-R") || guess.name().equals("IBM866") || guess.name().equals("x-mac-cyrillic")) {
        charset = guess;
      }
    }
    return new Detected(charset, 0);
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
