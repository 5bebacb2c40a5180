package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * An Excel 97–2003 workbook (BIFF8 «.xls», as РЦОИ protocols come) read with Apache POI HSSF. Cells are read as
 * Excel shows them (a formula as its cached value); the whole workbook is in memory, which protocols of one school or
 * municipality allow.
 */
final class XlsTableSource implements TableSource {
  private final String file;
  private final HSSFWorkbook workbook;
  private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);

  private XlsTableSource(String file, HSSFWorkbook workbook) {
    this.file = file;
    this.workbook = workbook;
  }

  /** The largest .xls read (POI keeps the whole workbook in memory): 64 MiB. */
  static final long MAX_BYTES = 64L << 20;

  static XlsTableSource open(Path path) {
    try (InputStream in = TextFiles.open(path, MAX_BYTES)) {
      return new XlsTableSource(path.toString(), new HSSFWorkbook(in));
    } catch (ProblemException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ProblemException(List.of(Problem.ofFile(path.toString(),
          "файл XLS (Excel 97–2003) повреждён или не читается (" + e.getMessage() + ")")));
    }
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public List<String> sheets() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      names.add(workbook.getSheetName(i));
    }
    return names;
  }

  @Override
  public Stream<TableRow> rows(String sheet) {
    Sheet s = workbook.getSheet(sheet);
    if (s == null) {
      throw new IllegalArgumentException("no sheet " + sheet);
    }
    List<TableRow> rows = new ArrayList<>();
    for (Row row : s) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
        Cell cell = row.getCell(i);
        cells.add(cell == null ? "" : text(cell));
      }
      rows.add(new TableRow(row.getRowNum() + 1, cells));
    }
    return rows.stream();
  }

  private String text(Cell cell) {
    try {
      return formatter.formatCellValue(cell, workbook.getCreationHelper().createFormulaEvaluator()).strip();
    } catch (RuntimeException e) {
      return cell.toString().strip();
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
}
