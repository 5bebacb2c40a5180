package io.github.vsoko.report.internal;

import io.github.vsoko.report.Block;
import io.github.vsoko.report.Cell;
import io.github.vsoko.report.CellKind;
import io.github.vsoko.report.Chart;
import io.github.vsoko.report.Heading;
import io.github.vsoko.report.Language;
import io.github.vsoko.report.Link;
import io.github.vsoko.report.ListBlock;
import io.github.vsoko.report.ListItem;
import io.github.vsoko.report.Paragraph;
import io.github.vsoko.report.ParagraphKind;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportRenderer;
import io.github.vsoko.report.Row;
import io.github.vsoko.report.RowKind;
import io.github.vsoko.report.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * DOCX (Apache POI XWPF): Word heading styles («Заголовок 1…3», so the navigation pane and a table of
 * contents work), real tables with a repeated header row, merged cells and nesting indents, charts as
 * PNG images, page numbers in the footer, A4 portrait; document dates are the report's date.
 */
public final class DocxRenderer implements ReportRenderer {
  /** The font of every paragraph, as Russian school documents are typed. */
  private static final String FONT = "Times New Roman";

  private static final int TEXT_WIDTH_TWIPS = 9638; // A4 minus 2 cm + 1.5 cm margins
  private static final int LANDSCAPE_TEXT_WIDTH_TWIPS = 16838 - 1134 - 850;

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      headingStyles(doc, report.language());
      boolean landscape = PageLayout.landscape(report);
      page(doc, landscape);
      report.approval().ifPresent(a -> {
        for (String line : a.lines()) {
          XWPFParagraph p = doc.createParagraph();
          p.setIndentationLeft(5400);
          p.setSpacingAfter(0);
          run(p, line, false, 12);
        }
        doc.createParagraph();
      });
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      title.setStyle("Title");
      run(title, report.title(), true, 16);
      report.subtitle().ifPresent(s -> {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, s, false, 12);
      });
      if (report.blocks().stream().filter(Heading.class::isInstance).count() >= 3) {
        // a table of contents field over the headings; Word fills it when the document is opened
        XWPFParagraph caption = doc.createParagraph();
        run(caption, Labels.contents(report.language()), true, 12);
        var field = doc.createParagraph().getCTP().addNewFldSimple();
        field.setInstr("TOC \\o \"1-3\" \\h \\z \\u");
        // the field's cached result lists the headings, so a reader that does not update fields still sees the contents
        for (Block b : report.blocks()) {
          if (b instanceof Heading h) {
            var r = field.addNewR();
            r.addNewT().setStringValue("    ".repeat(h.level() - 1) + h.text());
            r.addNewBr();
          }
        }
        doc.enforceUpdateFields();
      }
      List<Block> blocks = report.blocks();
      boolean sectionOpen = false; // a landscape section was begun before the heading of a wide table
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        if (b instanceof Heading h) {
          int j = i + 1;
          while (j < blocks.size() && blocks.get(j) instanceof Paragraph) {
            j++;
          }
          if (!landscape && !sectionOpen && j < blocks.size() && blocks.get(j) instanceof Table next && PageLayout.wide(next)) {
            sectionBreak(doc, false); // the heading and its sentences go onto the table's landscape page
            sectionOpen = true;
          }
          XWPFParagraph p = doc.createParagraph();
          p.setStyle("Heading" + h.level());
          run(p, h.text(), true, h.level() == 1 ? 14 : 12);
        } else if (b instanceof Paragraph para) {
          XWPFParagraph p = doc.createParagraph();
          if (para.kind() != ParagraphKind.TEXT) {
            XWPFRun label = p.createRun();
            label.setText(Labels.prefix(para.kind(), report.language()));
            label.setBold(para.kind() == ParagraphKind.GAP);
            label.setItalic(para.kind() == ParagraphKind.NOTE);
            if (para.kind() == ParagraphKind.GAP) {
              label.setColor("C05000");
            }
          }
          run(p, para.text(), false, para.kind() == ParagraphKind.NOTE ? 10 : 12);
        } else if (b instanceof Table t) {
          table(doc, t, landscape, sectionOpen);
          sectionOpen = false;
        } else if (b instanceof ListBlock l) {
          for (ListItem item : l.items()) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(360);
            p.setIndentationHanging(360);
            run(p, "• " + item.text() + item.links().stream().map(Link::label).reduce((x, y) -> x + " · " + y)
                .map(x -> " (" + x + ")").orElse(""), item.emphasis(), 12);
          }
        } else if (b instanceof Chart c) {
          XWPFParagraph p = doc.createParagraph();
          p.setAlignment(ParagraphAlignment.CENTER);
          byte[] png = ChartImages.png(c, 640, 320);
          try {
            p.createRun().addPicture(new ByteArrayInputStream(png), XWPFDocument.PICTURE_TYPE_PNG, c.id() + ".png",
                Units.toEMU(448), Units.toEMU(224));
          } catch (InvalidFormatException e) {
            throw new IOException("chart «" + c.title() + "»: " + e.getMessage(), e);
          }
          XWPFParagraph caption = doc.createParagraph();
          caption.setAlignment(ParagraphAlignment.CENTER);
          run(caption, c.title(), true, 11);
        }
      }
      footer(doc, report);
      footersInEverySection(doc);
      var core = doc.getProperties().getCoreProperties();
      Date date = Date.from(report.date().atStartOfDay().toInstant(ZoneOffset.UTC));
      core.setCreated(Optional.of(date));
      core.setModified(Optional.of(date));
      core.setCreator("vsoko");
      core.setTitle(report.title());
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      doc.write(bytes);
      FixedZipTimes.write(bytes.toByteArray(), out);
    }
  }

  private static void run(XWPFParagraph p, String text, boolean bold, int size) {
    String[] lines = text.split("\n", -1);
    XWPFRun r = p.createRun();
    r.setBold(bold);
    r.setFontSize(size);
    r.setFontFamily(FONT);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addBreak();
      }
      r.setText(lines[i], i);
    }
  }

  private static void table(XWPFDocument doc, Table t, boolean landscapeDocument, boolean sectionOpen) {
    boolean wide = PageLayout.wide(t);
    boolean ownSection = wide && !landscapeDocument;
    if (ownSection && !sectionOpen) {
      sectionBreak(doc, false); // ends the portrait section before the table
    }
    if (!t.caption().isEmpty()) {
      XWPFParagraph caption = doc.createParagraph();
      if (!caption.getCTP().isSetPPr()) {
        caption.getCTP().addNewPPr();
      }
      caption.setKeepNext(true);
      run(caption, t.caption(), true, 12);
    }
    XWPFTable table = doc.createTable();
    table.setWidth("100%");
    table.setTableAlignment(TableRowAlign.CENTER);
    int textWidth = landscapeDocument || wide ? LANDSCAPE_TEXT_WIDTH_TWIPS : TEXT_WIDTH_TWIPS;
    // Times New Roman bold: an average Cyrillic letter is up to 0.6 em; 20 twips a point; narrow cell margins in wide tables
    boolean compact = PageLayout.compact(t);
    int points = compact ? 9 : 11;
    int margin = compact ? 57 : 108;
    if (compact) {
      table.setCellMargins(0, margin, 0, margin);
    }
    int[] widths = PageLayout.fitWidths(t, textWidth, 0.6 * points * 20, 2 * margin + 20);
    var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    boolean firstRow = true;
    for (Row r : t.header()) {
      XWPFTableRow row = firstRow ? table.getRow(0) : table.createRow();
      firstRow = false;
      row.setRepeatHeader(true);
      row.setCantSplitRow(true);
      fill(row, r, widths, true, points);
    }
    for (Row r : t.rows()) {
      XWPFTableRow row = table.createRow();
      row.setCantSplitRow(true);
      fill(row, r, widths, r.kind() != RowKind.NORMAL, points);
    }
    if (ownSection) {
      sectionBreak(doc, true); // the paragraph after the table closes the landscape section
    } else {
      doc.createParagraph();
    }
  }

  /** A paragraph ending a section: portrait or landscape A4 with the document's margins. */
  private static void sectionBreak(XWPFDocument doc, boolean landscape) {
    XWPFParagraph p = doc.createParagraph();
    var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    var sect = ppr.addNewSectPr();
    var size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
    size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
    if (landscape) {
      size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
    }
    margins(sect.addNewPgMar());
  }

  /** Every section shows the page number: Word takes a section's footer from the previous one, never from a later. */
  private static void footersInEverySection(XWPFDocument doc) {
    var body = doc.getDocument().getBody().getSectPr();
    for (XWPFParagraph p : doc.getParagraphs()) {
      if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
        p.getCTP().getPPr().getSectPr().setFooterReferenceArray(body.getFooterReferenceArray());
      }
    }
  }

  private static void fill(XWPFTableRow row, Row r, int[] widths, boolean bold, int points) {
    while (row.getTableCells().size() > 0) {
      row.removeCell(0);
    }
    int col = 0;
    boolean first = true;
    for (Cell c : r.cells()) {
      XWPFTableCell cell = row.addNewTableCell();
      int w = 0;
      for (int k = 0; k < c.colspan(); k++) {
        w += widths[col + k];
      }
      var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
      CTTblWidth width = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
      width.setType(STTblWidth.DXA);
      width.setW(BigInteger.valueOf(w));
      if (c.colspan() > 1) {
        tcPr.addNewGridSpan().setVal(BigInteger.valueOf(c.colspan()));
      }
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setSpacingAfter(0);
      if (c.kind() != CellKind.TEXT) {
        p.setAlignment(ParagraphAlignment.RIGHT);
      }
      if (first && r.indent() > 0) {
        p.setIndentationLeft(283 * r.indent());
      }
      run(p, c.text(), bold, points);
      col += c.colspan();
      first = false;
    }
  }

  private static void headingStyles(XWPFDocument doc, Language language) {
    XWPFStyles styles = doc.createStyles();
    // the document's language (spelling, hyphenation) and a real Normal style every other style is based on
    styles.setSpellingLanguage(language == Language.RU ? "ru-RU" : "en-GB");
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    styles.setDefaultFonts(fonts);
    CTStyle normal = CTStyle.Factory.newInstance();
    normal.setStyleId("Normal");
    normal.addNewName().setVal("Normal");
    normal.setType(STStyleType.PARAGRAPH);
    normal.setDefault(true);
    normal.addNewQFormat();
    normal.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
    normal.addNewRPr().addNewSz().setVal(BigInteger.valueOf(24));
    styles.addStyle(new XWPFStyle(normal));
    style(styles, "Title", "Title", -1);
    for (int level = 1; level <= 3; level++) {
      style(styles, "Heading" + level, "heading " + level, level - 1);
    }
  }

  private static void style(XWPFStyles styles, String id, String name, int outline) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.addNewName().setVal(name);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewBasedOn().setVal("Normal");
    ct.addNewNext().setVal("Normal");
    ct.addNewUiPriority().setVal(BigInteger.valueOf(outline < 0 ? 10 : 9));
    ct.addNewQFormat();
    if (outline >= 0) {
      CTPPrGeneral ppr = ct.addNewPPr();
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
      ppr.addNewKeepNext();
      ppr.addNewSpacing().setBefore(BigInteger.valueOf(240));
    }
    styles.addStyle(new XWPFStyle(ct));
  }

  private static void page(XWPFDocument doc, boolean landscape) {
    var sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    var size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
    size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
    if (landscape) {
      size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
    }
    margins(sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar());
  }

  private static void margins(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar margins) {
    margins.setLeft(BigInteger.valueOf(1134));
    margins.setRight(BigInteger.valueOf(850));
    margins.setTop(BigInteger.valueOf(1134));
    margins.setBottom(BigInteger.valueOf(1134));
  }

  private static void footer(XWPFDocument doc, Report report) {
    XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.createRun().setText(Labels.page(report.language()) + " ");
    p.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
  }
}
