package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An XLSX workbook: its parts read once each within the bounds of {@link ArchiveGuard} ({@link XlsxWorkbook}), sheets
 * streamed by {@link SheetXmlScanner}; a sheet in an encoding other than UTF-8 (which no Office writes, but XML allows)
 * is read with fastexcel-reader (streaming StAX, external entities off) after the guard's full check.
 */
final class XlsxTableSource implements TableSource {
  private static final int HEAD = 512;
  private final Path path;
  private final long maxEntry;
  private final long maxTotal;
  private final XlsxWorkbook workbook;
  private ReadableWorkbook fallback;

  private XlsxTableSource(Path path, long maxEntry, long maxTotal, XlsxWorkbook workbook) {
    this.path = path;
    this.maxEntry = maxEntry;
    this.maxTotal = maxTotal;
    this.workbook = workbook;
  }

  static XlsxTableSource open(Path path) {
    return open(path, ArchiveGuard.MAX_ENTRY_BYTES, ArchiveGuard.MAX_TOTAL_BYTES);
  }

  static XlsxTableSource open(Path path, long maxEntry, long maxTotal) {
    ArchiveGuard.checkKind(path, "xl/workbook.xml", "книга Excel (XLSX)");
    return new XlsxTableSource(path, maxEntry, maxTotal, XlsxWorkbook.open(path, maxEntry, maxTotal));
  }

  @Override
  public String file() {
    return path.toString();
  }

  @Override
  public List<String> sheets() {
    return workbook.sheets();
  }

  @Override
  public Stream<TableRow> rows(String sheet) throws IOException {
    InputStream in = workbook.sheet(sheet);
    byte[] head = in.readNBytes(HEAD);
    if (!SheetXmlScanner.readsEncodingOf(head, head.length)) {
      in.close();
      return fallbackRows(sheet);
    }
    SheetXmlScanner scanner = new SheetXmlScanner(new SequenceInputStream(new ByteArrayInputStream(head), in),
        workbook.sharedStrings(), file(), sheet);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(scanner, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(() -> {
          try {
            scanner.close();
          } catch (IOException e) {
            throw unchecked(e);
          }
        });
  }

  private Stream<TableRow> fallbackRows(String sheet) throws IOException {
    if (fallback == null) {
      ArchiveGuard.check(path, maxEntry, maxTotal);
      try {
        fallback = new ReadableWorkbook(path.toFile());
      } catch (IOException | RuntimeException e) {
        throw new ProblemException(List.of(Problem.ofFile(file(),
            "файл XLSX повреждён или не читается (" + e.getMessage() + ")")));
      }
    }
    Sheet s = fallback.getSheets().filter(x -> x.getName().equals(sheet)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sheet " + sheet));
    return s.openStream().map(XlsxTableSource::row);
  }

  static TableRow row(Row row) {
    int n = row.getCellCount();
    List<String> cells = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Cell cell = row.getCell(i);
      cells.add(cell == null ? "" : text(cell));
    }
    return new TableRow(row.getRowNum(), cells);
  }

  /** «-12.00»: digits, a point and zeros only (per numeric cell, so without a regular expression). */
  static boolean isWholeWithZeros(String text) {
    int dot = text.indexOf('.');
    int start = text.startsWith("-") ? 1 : 0;
    if (dot <= start || dot == text.length() - 1) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i < dot ? c < '0' || c > '9' : i > dot && c != '0') {
        return false;
      }
    }
    return true;
  }

  private static String text(Cell cell) {
    try {
      String text = cell.getText();
      if (text != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER && isWholeWithZeros(text)) {
        return text.substring(0, text.indexOf('.')); // a whole number written by some writers as «1.0»
      }
      return text == null ? "" : text.strip();
    } catch (RuntimeException e) {
      String raw = cell.getRawValue();
      return raw == null ? "" : raw.strip();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.close();
    } finally {
      if (fallback != null) {
        fallback.close();
      }
    }
  }

  @Override
  public boolean isCsv() {
    return false;
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
