package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Opens a file as a table source by its content (XLSX or DOCX archive, old Excel, HTML or CSV text), not trusting the name alone. */
final class TableSources {
  private TableSources() {}

  static TableSource open(Path path, Optional<Charset> charset) {
    if (!Files.isRegularFile(path)) {
      throw new ProblemException(List.of(Problem.ofFile(path.toString(), "файл не найден")));
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    byte[] head = head(path);
    if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
        && (head[3] & 0xFF) == 0xE0) {
      return XlsTableSource.open(path); // OLE2: Excel 97–2003 (.xls, РЦОИ protocols)
    }
    if (looksLikeHtml(head)) {
      return HtmlTableSource.open(path, charset); // HTML saved as .xls («Сетевой город»)
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
      return XlsxTableSource.open(path); // says what the archive is when it is no workbook
    }
    if (name.endsWith(".docx") || (head.length >= 2 && head[0] == 'P' && head[1] == 'K' && isWordDocument(path))) {
      return DocxTableSource.open(path); // a regulation whose appendix is the table (plan of functioning)
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return HtmlTableSource.open(path, charset);
    }
    if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
      return CsvTableSource.open(path, charset);
    }
    throw new ProblemException(List.of(Problem.ofFile(path.toString(),
        "неизвестный тип файла; ожидается .xlsx, .xls, .csv, .docx (таблица в документе) или страница HTML")));
  }

  /** A ZIP archive holding «word/document.xml» (a DOCX whatever its name). */
  private static boolean isWordDocument(Path path) {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(path.toFile())) {
      return zip.getEntry("word/document.xml") != null;
    } catch (java.io.IOException e) {
      return false; // the XLSX reader says what is wrong with the archive
    }
  }

  private static byte[] head(Path path) {
    try (java.io.InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(512);
    } catch (java.io.IOException e) {
      return new byte[0];
    }
  }

  /** An HTML page: after a BOM and white space it starts with «<» and names html, a table or a doctype. */
  private static boolean looksLikeHtml(byte[] head) {
    String t = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "").stripLeading()
        .toLowerCase(Locale.ROOT);
    return t.startsWith("<") && (t.startsWith("<!doctype html") || t.startsWith("<html") || t.contains("<table")
        || t.startsWith("<meta") || t.startsWith("<head"));
  }
}
