package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The tables of a Word document (DOCX) — a regulation on the ВСОКО whose appendix is the plan of functioning — read
 * with Apache POI: each table a sheet («Таблица 1», …), its first row preceded by the paragraph just above it (the
 * table's title); a cell's paragraphs are its lines. Merged cells are laid out as Excel lays them: a cell spanning
 * columns keeps its text in the first and leaves the others empty, a cell continued down («vMerge») is empty, so a
 * row that continues the one above reads as it does in a workbook. Within the bounds of the regulation reader.
 */
final class DocxTableSource extends SheetsInMemory {

  private DocxTableSource(String file, XWPFDocument doc) {
    super(file);
    String above = "";
    int n = 1;
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        if (!p.getText().isBlank()) {
          above = p.getText().strip();
        }
      } else if (e instanceof XWPFTable t) {
        List<TableRow> rows = new ArrayList<>();
        if (!above.isEmpty()) {
          rows.add(new TableRow(0, List.of(above)));
        }
        int r = 1;
        for (XWPFTableRow row : t.getRows()) {
          rows.add(new TableRow(r++, cells(row)));
        }
        sheets.put("Таблица " + n++, rows);
        above = "";
      }
    }
  }

  private static List<String> cells(XWPFTableRow row) {
    List<String> out = new ArrayList<>();
    for (XWPFTableCell cell : row.getTableCells()) {
      CTTcPr pr = cell.getCTTc().getTcPr();
      boolean continued = pr != null && pr.isSetVMerge()
          && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
      out.add(continued ? "" : text(cell));
      int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
      for (int k = 1; k < Math.min(span, 64); k++) {
        out.add("");
      }
    }
    return out;
  }

  private static String text(XWPFTableCell cell) {
    List<String> lines = new ArrayList<>();
    for (XWPFParagraph p : cell.getParagraphs()) {
      String line = p.getText().replace('\u00A0', ' ').strip();
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return String.join("\n", lines);
  }

  static DocxTableSource open(Path path) {
    ArchiveGuard.check(path, RegulationDocuments.MAX_DOCX_PART_BYTES, RegulationDocuments.MAX_DOCX_BYTES, "word/document.xml",
        "документ Word (DOCX)");
    try (InputStream in = Files.newInputStream(path); XWPFDocument doc = new XWPFDocument(in)) {
      DocxTableSource source = new DocxTableSource(path.toString(), doc);
      if (source.sheets.isEmpty()) {
        throw new ProblemException(List.of(Problem.ofFile(path.toString(), "в документе Word нет таблиц; ожидается документ с таблицей (например, план функционирования в приложении к положению)")));
      }
      return source;
    } catch (IOException | org.apache.poi.ooxml.POIXMLException e) {
      throw new ProblemException(List.of(Problem.ofFile(path.toString(), "документ DOCX не читается (" + e.getMessage() + ")")));
    }
  }
}
