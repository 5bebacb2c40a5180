package io.github.vsoko.report.internal;

import io.github.vsoko.report.Block;
import io.github.vsoko.report.Cell;
import io.github.vsoko.report.CellKind;
import io.github.vsoko.report.Chart;
import io.github.vsoko.report.Heading;
import io.github.vsoko.report.ListBlock;
import io.github.vsoko.report.ListItem;
import io.github.vsoko.report.Paragraph;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportRenderer;
import io.github.vsoko.report.Row;
import io.github.vsoko.report.RowKind;
import io.github.vsoko.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX (Apache POI): a first sheet with the title and the text of the report, then one sheet per
 * table and per chart's data — numbers stored as numbers with number formats (percent as percent),
 * header frozen, column widths set, merged cells merged, nesting as cell indent, text that looks like
 * a formula stored quote-prefixed. Document dates are the report's date.
 */
public final class XlsxRenderer implements ReportRenderer {
  /** A table with more columns prints in landscape. */
  private static final int WIDE_TABLE_COLUMNS = 6;

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      Set<String> names = new HashSet<>();
      XSSFSheet summary = wb.createSheet(sheetName(report.language().pick("Отчёт", "Report"), names));
      summary.setColumnWidth(0, SUMMARY_WIDTH * 256);
      // the first sheet prints like the others: A4 portrait, one page wide
      summary.setFitToPage(true);
      summary.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
      summary.getPrintSetup().setFitWidth((short) 1);
      summary.getPrintSetup().setFitHeight((short) 0);
      summary.setAutobreaks(true);
      int r = 0;
      for (String line : report.approval().map(a -> a.lines()).orElse(List.of())) {
        text(styles, summary, r++, 0, line, styles.plain);
      }
      text(styles, summary, r++, 0, report.title(), styles.titleWrap);
      if (report.subtitle().isPresent()) {
        text(styles, summary, r++, 0, report.subtitle().get(), styles.wrap);
      }
      text(styles, summary, r++, 0, Labels.date(report.language()) + ": " + Labels.formatDate(report.date()), styles.plain);
      for (Block b : report.blocks()) {
        if (b instanceof Heading h) {
          r++;
          text(styles, summary, r++, 0, h.text(), styles.bold);
        } else if (b instanceof Paragraph p) {
          text(styles, summary, r++, 0, Labels.prefix(p.kind(), report.language()) + p.text(), styles.wrap);
        } else if (b instanceof Table t) {
          text(styles, summary, r++, 0, "→ " + t.caption(), styles.wrap);
          table(wb, styles, names, t);
        } else if (b instanceof ListBlock l) {
          for (ListItem item : l.items()) {
            StringBuilder line = new StringBuilder("• ").append(item.text());
            item.links().forEach(link -> line.append(" (").append(link.label()).append(": ").append(link.target()).append(')'));
            text(styles, summary, r++, 0, line.toString(), styles.wrap);
          }
        } else if (b instanceof Chart c) {
          text(styles, summary, r++, 0, "→ " + Labels.chart(report.language()) + ": " + c.title(), styles.wrap);
          table(wb, styles, names, Charts.table(c, c.title()));
        }
      }
      var core = wb.getProperties().getCoreProperties();
      Date date = Date.from(report.date().atStartOfDay().toInstant(ZoneOffset.UTC));
      core.setCreated(Optional.of(date));
      core.setModified(Optional.of(date));
      core.setCreator("vsoko");
      core.setTitle(report.title());
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      wb.write(bytes);
      FixedZipTimes.write(bytes.toByteArray(), out);
    }
  }

  private static void table(XSSFWorkbook wb, Styles styles, Set<String> names, Table t) {
    XSSFSheet sheet = wb.createSheet(sheetName(t.caption().isEmpty() ? t.id() : t.caption(), names));
    Columns columns = Columns.of(t);
    int total = t.widths().stream().mapToInt(Integer::intValue).sum();
    for (int c = 0; c < t.columns(); c++) {
      int chars = Math.max(8, Math.min(100, 110 * t.widths().get(c) / Math.max(1, total)));
      sheet.setColumnWidth(columns.at(c), chars * 256);
      if (columns.share(c)) {
        sheet.setColumnWidth(columns.at(c) + 1, 12 * 256);
      }
    }
    int r = 0;
    text(styles, sheet, r++, 0, t.caption(), styles.bold);
    for (Row row : t.header()) {
      write(sheet, styles, r++, row, true, columns);
    }
    sheet.createFreezePane(0, r);
    int headerEnd = r;
    for (Row row : t.rows()) {
      write(sheet, styles, r++, row, false, columns);
    }
    printSetup(sheet, t, headerEnd);
  }

  /**
   * Where a table's columns go on the sheet: a column holding shares is followed by one for their counts (a share is a
   * percent cell, the persons behind it a number of their own, so both can be summed and charted).
   */
  private record Columns(boolean[] shares, int[] start) {
    static Columns of(Table t) {
      boolean[] shares = new boolean[t.columns()];
      for (Row row : t.rows()) {
        int col = 0;
        for (Cell c : row.cells()) {
          if (c.colspan() == 1 && c.count().isPresent() && col < shares.length) {
            shares[col] = true;
          }
          col += c.colspan();
        }
      }
      int[] start = new int[t.columns() + 1];
      for (int c = 0; c < t.columns(); c++) {
        start[c + 1] = start[c] + 1 + (shares[c] ? 1 : 0);
      }
      return new Columns(shares, start);
    }

    int at(int column) {
      return start[column];
    }

    boolean share(int column) {
      return shares[column];
    }

    /** The last sheet column a cell spanning {@code colspan} table columns from {@code column} covers. */
    int end(int column, int colspan) {
      return start[column + colspan] - 1;
    }
  }

  /**
   * The sheet prints as a school would print it: A4, one page wide (as many pages tall as it takes), landscape where the
   * table is wide, the header rows repeated on every page.
   */
  private static void printSetup(XSSFSheet sheet, Table t, int headerEnd) {
    var print = sheet.getPrintSetup();
    print.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    print.setLandscape(Columns.of(t).at(t.columns()) > WIDE_TABLE_COLUMNS);
    sheet.setFitToPage(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setAutobreaks(true);
    if (headerEnd > 1) {
      sheet.setRepeatingRows(new CellRangeAddress(1, headerEnd - 1, -1, -1));
    }
  }

  private static void write(XSSFSheet sheet, Styles styles, int r, Row row, boolean header, Columns columns) {
    var xrow = sheet.createRow(r);
    int col = 0;
    boolean first = true;
    for (Cell c : row.cells()) {
      var cell = xrow.createCell(columns.at(col));
      CellStyle style;
      if (header) {
        style = styles.header;
      } else if (row.kind() == RowKind.SECTION || row.kind() == RowKind.TOTAL && c.number().isEmpty()) {
        style = styles.section;
      } else if (c.number().isPresent()) {
        style = styles.number(c.kind());
      } else {
        style = styles.text(first ? row.indent() : 0, Labels.looksLikeFormula(c.text()));
      }
      if (c.number().isPresent() && !header) {
        BigDecimal n = c.number().get();
        cell.setCellValue(c.kind() == CellKind.PERCENT ? n.movePointLeft(2).doubleValue() : n.doubleValue());
      } else {
        cell.setCellValue(fitting(sheet, r, columns.at(col), c.text()));
      }
      cell.setCellStyle(style);
      int last = columns.end(col, c.colspan());
      if (last > columns.at(col)) {
        if (c.colspan() == 1 && columns.share(col)) {
          // the share's own count column: the persons, or nothing for a row that is not a share
          var count = xrow.createCell(last);
          if (header) {
            count.setCellValue(c.text() + ", человек");
            count.setCellStyle(styles.header);
          } else if (c.count().isPresent()) {
            count.setCellValue(c.count().get());
            count.setCellStyle(styles.number(CellKind.INTEGER));
          } else {
            count.setCellStyle(styles.text(0, false));
          }
        } else {
          for (int k = columns.at(col) + 1; k <= last; k++) {
            xrow.createCell(k).setCellStyle(style);
          }
          sheet.addMergedRegion(new CellRangeAddress(r, r, columns.at(col), last));
        }
      }
      col += c.colspan();
      first = false;
    }
  }

  /** The most characters Excel keeps in a cell. */
  static final int MAX_CELL_TEXT = 32_767;

  /**
   * The text of a cell, refused with its place when Excel cannot hold it (a report is never written cut).
   *
   * @throws IllegalArgumentException naming the sheet, row and column
   */
  private static String fitting(XSSFSheet sheet, int r, int c, String text) {
    if (text.length() > MAX_CELL_TEXT) {
      throw new IllegalArgumentException("XLSX: лист «" + sheet.getSheetName() + "», строка " + (r + 1) + ", столбец "
          + org.apache.poi.ss.util.CellReference.convertNumToColString(c) + ": текст из " + text.length()
          + " знаков длиннее предела Excel (" + MAX_CELL_TEXT + " знаков в ячейке); начало: «"
          + text.substring(0, 40).replaceAll("\\p{Cntrl}", " ") + "…»");
    }
    return text;
  }

  /** The summary column's width in characters: a portrait A4 line. */
  private static final int SUMMARY_WIDTH = 75;

  private static void text(Styles styles, XSSFSheet sheet, int r, int c, String text, CellStyle style) {
    var row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    var cell = row.createCell(c);
    cell.setCellValue(fitting(sheet, r, c, text));
    // text that a spreadsheet would read as a formula stays text: the quote prefix, as in the table cells
    cell.setCellStyle(Labels.looksLikeFormula(text) ? styles.quoted(style) : style);
    if (c == 0 && style.getWrapText()) {
      // a wrapped cell gets the height of its lines: neither POI nor every reader sizes rows by their text
      short points = sheet.getWorkbook().getFontAt(style.getFontIndex()).getFontHeightInPoints();
      int perLine = Math.max(20, SUMMARY_WIDTH * 11 / Math.max(11, points) - 8);
      int lines = 0;
      for (String part : text.split("\n", -1)) {
        lines += Math.max(1, (part.length() + perLine - 1) / perLine);
      }
      row.setHeightInPoints(Math.max(1, lines) * points * 1.35f);
    }
  }

  /**
   * A sheet name of at most 31 characters that still reads: a long caption loses its parenthesis, then is cut at a
   * word boundary without a dangling preposition or conjunction («Результаты по организациям и работам (…)» →
   * «Результаты по организациям»).
   */
  static String shortName(String caption) {
    String name = caption.strip();
    if (name.length() > 31) {
      name = name.replaceAll("\\s*\\([^)]*\\)", "").strip();
    }
    while (name.length() > 31 && name.lastIndexOf(' ') > 0) {
      name = name.substring(0, name.lastIndexOf(' ')).strip();
      while (name.lastIndexOf(' ') > 0 && name.length() - name.lastIndexOf(' ') - 1 <= 2) {
        name = name.substring(0, name.lastIndexOf(' ')).strip(); // «и», «по», «в»
      }
      name = name.replaceAll("[\\s,;:—–-]+$", "");
    }
    return name;
  }

  private static String sheetName(String wanted, Set<String> taken) {
    String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "Таблица" : shortName(wanted));
    String name = base;
    for (int i = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
      String suffix = " (" + i + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    taken.add(name.toLowerCase(java.util.Locale.ROOT));
    return name;
  }

  /** The workbook's few styles, made once. */
  private static final class Styles {
    final XSSFWorkbook wb;
    final CellStyle plain;
    final CellStyle bold;
    final CellStyle title;
    final CellStyle titleWrap;
    final CellStyle wrap;
    final CellStyle header;
    final CellStyle section;
    final Map<String, CellStyle> cache = new HashMap<>();

    Styles(XSSFWorkbook wb) {
      this.wb = wb;
      Font boldFont = wb.createFont();
      boldFont.setBold(true);
      Font titleFont = wb.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 14);
      plain = wb.createCellStyle();
      bold = wb.createCellStyle();
      bold.setFont(boldFont);
      title = wb.createCellStyle();
      title.setFont(titleFont);
      titleWrap = wb.createCellStyle();
      titleWrap.setFont(titleFont);
      titleWrap.setWrapText(true);
      wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      header = bordered();
      header.setFont(boldFont);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      section = bordered();
      section.setFont(boldFont);
    }

    private CellStyle bordered() {
      CellStyle s = wb.createCellStyle();
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      s.setWrapText(true);
      s.setVerticalAlignment(VerticalAlignment.TOP);
      return s;
    }

    CellStyle number(CellKind kind) {
      return cache.computeIfAbsent("n" + kind, k -> {
        CellStyle s = bordered();
        String format = switch (kind) {
          case INTEGER -> "0";
          case DECIMAL -> "0.0##";
          case PERCENT -> "0.0%";
          case TEXT -> "@";
        };
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
      });
    }

    /** {@code base} with the quote prefix (text that looks like a formula stays text). */
    CellStyle quoted(CellStyle base) {
      return cache.computeIfAbsent("q" + base.getIndex(), k -> {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setQuotePrefixed(true);
        return s;
      });
    }

    CellStyle text(int indent, boolean quote) {
      return cache.computeIfAbsent("t" + indent + quote, k -> {
        CellStyle s = bordered();
        s.setIndention((short) Math.min(indent * 2, 15));
        s.setQuotePrefixed(quote);
        return s;
      });
    }
  }
}
