package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an XLSX file before a reader opens it: it must be a ZIP archive (not an .xls, a CSV or a
 * truncated download), and no entry may inflate past a bound, so a «zip bomb» is refused with a
 * clear error instead of exhausting memory.
 */
final class ArchiveGuard {
  /** The most one entry may inflate to. */
  static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
  /** The most all entries together may inflate to. */
  static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;

  private ArchiveGuard() {}

  /** Checks an XLSX workbook: a ZIP archive with «xl/workbook.xml», within the bounds. */
  static void check(Path file, long maxEntry, long maxTotal) {
    check(file, maxEntry, maxTotal, "xl/workbook.xml", "книга Excel (XLSX)");
  }

  /**
   * Checks an Office archive that must hold {@code part} (what a reader needs: «word/document.xml» of a DOCX), naming
   * what the file is when it holds another kind of document, and inflates every entry once within the bounds.
   */
  static void check(Path file, long maxEntry, long maxTotal, String part, String expected) {
    checkKind(file, part, expected);
    String name = file.toString();
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (var it = zip.entries().asIterator(); it.hasNext(); ) {
        ZipEntry entry = it.next();
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          for (int r = in.read(buffer); r > 0; r = in.read(buffer)) {
            size += r;
            total += r;
            if (size > maxEntry || total > maxTotal) {
              throw tooLarge(name, entry.getName(), maxEntry, maxTotal);
            }
          }
        }
      }
    } catch (ZipException | java.io.EOFException e) {
      throw damaged(name, e);
    } catch (IOException e) {
      throw new ProblemException(java.util.List.of(Problem.ofFile(name, "не удаётся прочитать: " + e.getMessage())));
    }
  }

  /**
   * Checks what an archive is without inflating it: a ZIP archive (not an old Office file or a text), not empty, holding
   * {@code part}; a reader that streams its entries through {@link InflationBudget} needs nothing more.
   */
  static void checkKind(Path file, String part, String expected) {
    String name = file.toString();
    byte[] head = new byte[8];
    try (InputStream in = Files.newInputStream(file)) {
      int n = in.readNBytes(head, 0, 8);
      if (n >= 8 && head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF && head[2] == 0x11 && head[3] == (byte) 0xE0) {
        throw new ProblemException(java.util.List.of(Problem.ofFile(name,
            "это файл старого формата Office (.xls или .doc); ожидается " + expected)));
      }
      if (n < 4 || head[0] != 'P' || head[1] != 'K') {
        throw new ProblemException(java.util.List.of(Problem.ofFile(name,
            (n == 0 ? "пустой файл" : "не архив Office Open XML") + "; ожидается " + expected)));
      }
    } catch (IOException e) {
      throw new ProblemException(java.util.List.of(Problem.ofFile(name, "не удаётся прочитать: " + e.getMessage())));
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (var it = zip.entries().asIterator(); it.hasNext(); ) {
        names.add(entryName(it.next().getName()));
      }
    } catch (ZipException | java.io.EOFException e) {
      throw damaged(name, e);
    } catch (IOException e) {
      throw new ProblemException(java.util.List.of(Problem.ofFile(name, "не удаётся прочитать: " + e.getMessage())));
    }
    if (names.isEmpty()) {
      throw new ProblemException(java.util.List.of(Problem.ofFile(name, "файл повреждён или обрезан (пустой архив), "
          + "ожидается " + expected)));
    }
    if (!names.contains(part)) {
      String actual = names.contains("word/document.xml") ? "документ Word (DOCX)"
          : names.contains("xl/workbook.xml") ? "книга Excel (XLSX)"
          : names.contains("ppt/presentation.xml") ? "презентация PowerPoint (PPTX)"
          : names.contains("content.xml") && names.contains("mimetype") ? "документ OpenDocument (ODT/ODS)" : null;
      throw new ProblemException(java.util.List.of(Problem.ofFile(name, actual != null
          ? "это " + actual + ", а ожидается " + expected
          : "в архиве нет части «" + part + "»: это не " + expected + " или файл повреждён")));
    }
  }

  /** An entry's name as parts are named: forward slashes, no leading slash. */
  static String entryName(String raw) {
    String n = raw.replace('\\', '/');
    return n.startsWith("/") ? n.substring(1) : n;
  }

  /** The error of an entry that inflates past a bound. */
  static ProblemException tooLarge(String file, String entry, long maxEntry, long maxTotal) {
    return new ProblemException(java.util.List.of(Problem.ofFile(file, "часть архива «" + entry
        + "» распаковывается в слишком большой объём (больше " + (Math.min(maxEntry, maxTotal) >> 20)
        + " МБ); файл отклонён")));
  }

  /** The error of an archive the ZIP reader cannot follow. */
  static ProblemException damaged(String file, IOException e) {
    return new ProblemException(java.util.List.of(Problem.ofFile(file,
        "файл XLSX повреждён или обрезан (" + e.getMessage() + ")")));
  }
}
