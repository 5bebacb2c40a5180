package io.github.vsoko.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonymous ids for people named in files schools hold (псевдонимизация): HMAC-SHA-256 of the full name —
 * lower case, «ё» as «е», spaces collapsed, in the order «Фамилия Имя Отчество» — under a secret key the school keeps,
 * written as «p» and 16 hexadecimal digits. The same person in any file of the school gets the same id; without the
 * key the id cannot be turned back into the name, even by trying every name. Names are never stored or printed.
 *
 * <p>Keep one key per school (or municipality) and keep it secret and safe: a new key gives new ids, so documents made
 * with another key no longer join. Two people with the same full name get the same id; importers warn when one id
 * appears in two classes of one file.
 *
 * @since 0.1.0
 */
public final class Pseudonyms {
  private static final int MIN_KEY_BYTES = 16;
  private final SecretKeySpec key;

  private Pseudonyms(byte[] key) {
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("ключ псевдонимизации короче " + MIN_KEY_BYTES + " байт; возьмите случайную строку "
          + "не короче 32 символов");
    }
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  /** Under a key of at least 16 bytes. */
  public static Pseudonyms withKey(byte[] key) {
    return new Pseudonyms(key);
  }

  /**
   * Under the key in a file (its text, surrounding white space removed).
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the key is shorter than 16 bytes
   */
  public static Pseudonyms fromKeyFile(Path file) throws IOException {
    return new Pseudonyms(TextFiles.read(file, 64 * 1024).strip().getBytes(StandardCharsets.UTF_8));
  }

  /** The id of a person named by surname, name and patronymic (any may be blank). */
  public String of(String surname, String name, String patronymic) {
    return of(String.join(" ", surname == null ? "" : surname, name == null ? "" : name, patronymic == null ? "" : patronymic));
  }

  /**
   * The id of a full name «Фамилия Имя Отчество».
   *
   * @throws IllegalArgumentException for a blank name
   */
  public String of(String fullName) {
    String n = normalise(fullName);
    if (n.isEmpty()) {
      throw new IllegalArgumentException("пустое ФИО");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] h = mac.doFinal(n.getBytes(StandardCharsets.UTF_8));
      StringBuilder s = new StringBuilder("p");
      for (int i = 0; i < 8; i++) {
        s.append(String.format(Locale.ROOT, "%02x", h[i]));
      }
      return s.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** The name as compared: NFC, lower case, «ё» → «е», only letters, hyphens and single spaces. */
  static String normalise(String fullName) {
    String t = Normalizer.normalize(fullName == null ? "" : fullName, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replace('ё', 'е').replace('\u00A0', ' ');
    return t.replaceAll("[^\\p{L}\\- ]", " ").replaceAll("\\s+", " ").strip();
  }
}
