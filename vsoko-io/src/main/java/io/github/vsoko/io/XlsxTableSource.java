package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** An XLSX workbook read with fastexcel-reader (streaming StAX, external entities off), after {@link ArchiveGuard}. */
final class XlsxTableSource implements TableSource {
  private final String file;
  private final ReadableWorkbook workbook;
  private final List<Sheet> sheets;

  private XlsxTableSource(String file, ReadableWorkbook workbook) {
    this.file = file;
    this.workbook = workbook;
    this.sheets = workbook.getSheets().toList();
  }

  static XlsxTableSource open(Path path) {
    return open(path, ArchiveGuard.MAX_ENTRY_BYTES, ArchiveGuard.MAX_TOTAL_BYTES);
  }

  static XlsxTableSource open(Path path, long maxEntry, long maxTotal) {
    ArchiveGuard.check(path, maxEntry, maxTotal);
    try {
      return new XlsxTableSource(path.toString(), new ReadableWorkbook(path.toFile()));
    } catch (IOException | RuntimeException e) {
      throw new ProblemException(List.of(Problem.ofFile(path.toString(),
          "файл XLSX повреждён или не читается (" + e.getMessage() + ")")));
    }
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public List<String> sheets() {
    return sheets.stream().map(Sheet::getName).toList();
  }

  @Override
  public Stream<TableRow> rows(String sheet) throws IOException {
    Sheet s = sheets.stream().filter(x -> x.getName().equals(sheet)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sheet " + sheet));
    return s.openStream().map(XlsxTableSource::row);
  }

  private static TableRow row(Row row) {
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
    workbook.close();
  }

  @Override
  public boolean isCsv() {
    return false;
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
