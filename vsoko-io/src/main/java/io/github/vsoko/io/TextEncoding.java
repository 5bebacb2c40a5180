package io.github.vsoko.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides the encoding of a text file the way a Russian school saves it: a BOM wins (UTF-8, UTF-16 LE/BE); then
 * UTF-16 without a BOM (Windows «Unicode»); then text that
 * is valid UTF-8 is UTF-8; otherwise the Cyrillic single-byte encoding whose decoding reads most like
 * Russian (mostly lower-case letters, no box drawing) wins — Windows-1251, KOI8-R or IBM866 —, with
 * juniversalchardet consulted when Windows-1251 comes first, and Windows-1251 when nothing tells.
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
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    }
    Optional<Charset> utf16 = utf16WithoutBom(bytes);
    if (utf16.isPresent()) {
      return new Detected(utf16.get(), 0);
    }
    if (isUtf8(bytes)) {
      return new Detected(StandardCharsets.UTF_8, 0);
    }
    Charset best = WINDOWS_1251;
    double bestScore = score(new String(bytes, WINDOWS_1251));
    for (String name : new String[] {"KOI8-R", "IBM866"}) {
      Charset candidate = Charset.forName(name);
      double score = score(new String(bytes, candidate));
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best.equals(WINDOWS_1251)) {
      UniversalDetector detector = new UniversalDetector();
      detector.handleData(bytes, 0, bytes.length);
      detector.dataEnd();
      String name = detector.getDetectedCharset();
      if (name != null && Charset.isSupported(name) && !Charset.forName(name).equals(WINDOWS_1251)
          && score(new String(bytes, Charset.forName(name))) >= bestScore && isCyrillicSingleByte(Charset.forName(name))) {
        best = Charset.forName(name);
      }
    }
    return new Detected(best, 0);
  }

  /**
   * UTF-16 without a BOM, as Windows «Unicode» text is saved: in nearly every code unit the high byte is 0 (Latin,
   * digits, spaces, «») or 4 (Cyrillic), on one side only.
   */
  private static Optional<Charset> utf16WithoutBom(byte[] bytes) {
    int pairs = Math.min(bytes.length, 4096) / 2;
    if (pairs < 2 || bytes.length % 2 != 0) {
      return Optional.empty();
    }
    int evenHigh = 0;
    int oddHigh = 0;
    for (int i = 0; i < pairs; i++) {
      int even = bytes[2 * i] & 0xFF;
      int odd = bytes[2 * i + 1] & 0xFF;
      if (even == 0 || even == 4) {
        evenHigh++;
      }
      if (odd == 0 || odd == 4) {
        oddHigh++;
      }
    }
    if (oddHigh >= pairs * 0.9 && evenHigh < pairs * 0.5) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (evenHigh >= pairs * 0.9 && oddHigh < pairs * 0.5) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static boolean isCyrillicSingleByte(Charset c) {
    return c.name().equals("KOI8-R") || c.name().equals("IBM866");
  }

  /**
   * How much a decoding looks like Russian text: lower-case letters (the bulk of real text) score, the
   * commonest letters score more, box-drawing and control characters (a wrong decoding) cost, and so
   * does a capital right after a small letter inside a word ("иВАНОВ" is KOI8-R read as Windows-1251).
   */
  static double score(String text) {
    double score = 0;
    boolean afterLower = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lower = c >= 'а' && c <= 'я' || c == 'ё';
      if (lower) {
        score += "оеаинтсрвл".indexOf(c) >= 0 ? 3 : 2;
      } else if (c >= 'А' && c <= 'Я' || c == 'Ё') {
        score += afterLower ? -2 : 0.5;
      } else if (c >= '\u2500' && c <= '\u25FF' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        score -= 3;
      }
      afterLower = lower;
    }
    return score;
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
