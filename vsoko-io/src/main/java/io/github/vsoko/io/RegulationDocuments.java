package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.analytics.audit.RegulationText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a ВСОКО document — a regulation (положение о ВСОКО) as plain text (any of the encodings of {@link TextEncoding}),
 * DOCX, or a saved HTML page — into paragraphs for the audit. Tables become one paragraph per row (cells joined by tabs),
 * as plans in regulations are tables. No network: a page is a file.
 *
 * @since 0.1.0
 */
public final class RegulationDocuments {
  /** The most one part of a regulation's DOCX may inflate to (the DOM of a larger document.xml would not fit). */
  static final long MAX_DOCX_PART_BYTES = 16L << 20;
  /** The most all parts of a regulation's DOCX may inflate to. */
  static final long MAX_DOCX_BYTES = 64L << 20;

  private RegulationDocuments() {}

  /**
   * Reads the file by its extension (.txt/.md, .docx, .html/.htm).
   *
   * @throws ProblemException naming the file and what was expected
   */
  public static RegulationText read(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".docx")) {
        ArchiveGuard.check(file, MAX_DOCX_PART_BYTES, MAX_DOCX_BYTES, "word/document.xml", "документ Word (DOCX)");
        return new RegulationText(file.toString(), docx(file));
      }
      if (name.endsWith(".doc")) {
        throw fail(file, "формат Word 97–2003 (.doc) не читается: сохраните документ как .docx, .html или .txt");
      }
      String text = TextFiles.read(file, TextFiles.TEXT_LIMIT);
      if (name.endsWith(".html") || name.endsWith(".htm") || text.stripLeading().toLowerCase(Locale.ROOT).startsWith("<!doctype html")
          || text.stripLeading().toLowerCase(Locale.ROOT).startsWith("<html")) {
        return new RegulationText(file.toString(), html(text));
      }
      if (name.endsWith(".pdf") || name.endsWith(".xlsx") || name.endsWith(".zip")) {
        throw fail(file, "ожидается положение в .txt, .docx или .html, получен файл «" + file.getFileName() + "»");
      }
      return new RegulationText(file.toString(), text.lines().toList());
    } catch (NoSuchFileException e) {
      throw fail(file, "нет файла");
    } catch (IOException | RuntimeException e) {
      if (e instanceof ProblemException ie) {
        throw ie;
      }
      throw fail(file, "не удаётся прочитать документ: " + e.getMessage());
    }
  }

  /** Reads text given in memory (for a regulation pasted from a site). */
  public static RegulationText of(String source, String text) {
    return new RegulationText(source, text.lines().toList());
  }

  private static ProblemException fail(Path file, String message) {
    return new ProblemException(List.of(Problem.ofFile(file.toString(), message)));
  }

  private static List<String> docx(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          out.add(p.getText());
        } else if (e instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
              cells.add(cell.getText().replaceAll("\\s+", " ").strip());
            }
            out.add(String.join("\t", cells));
          }
        }
      }
    } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | org.apache.poi.ooxml.POIXMLException e) {
      throw fail(file, "не документ DOCX: " + e.getMessage());
    }
    return out;
  }

  private static List<String> html(String text) {
    Document doc = Jsoup.parse(text);
    doc.select("script, style, nav, header, footer, noscript").remove();
    List<String> out = new ArrayList<>();
    for (Element e : doc.body().select("h1, h2, h3, h4, h5, h6, p, li, tr, pre, div:not(:has(div, p, li, table, h1, h2, h3, h4, h5, h6))")) {
      if (e.tagName().equals("tr")) {
        out.add(String.join("\t", e.select("th, td").eachText()));
      } else if (e.tagName().equals("p") && e.parents().stream().anyMatch(a -> a.tagName().equals("li") || a.tagName().equals("td")
          || a.tagName().equals("th"))) {
        continue; // its text is in the item or row
      } else {
        out.add(e.text());
      }
    }
    return out;
  }

}
