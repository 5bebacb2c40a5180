package io.github.vsoko.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes empty templates of the school tables: one XLSX workbook (a sheet per table with its headers,
 * drop-down lists for choices, an instructions sheet) and one CSV file per table (UTF-8 with BOM, «;»,
 * as a Russian Excel opens it).
 *
 * @since 0.1.0
 */
public final class SchoolTemplates {
  /** The workbook's file name. */
  public static final String WORKBOOK = "vsoko-шаблон.xlsx";
  private static final int VALIDATED_ROWS = 2000;

  private SchoolTemplates() {}

  /** Writes the templates into {@code dir} (created if needed) and returns the files written. */
  public static List<Path> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    Path xlsx = dir.resolve(WORKBOOK);
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      Workbook wb = new Workbook(out, "vsoko", "0.1");
      instructions(wb.newWorksheet("Инструкция"));
      Worksheet lists = wb.newWorksheet("Списки");
      int listColumn = 0;
      for (SchoolTable table : SchoolTable.values()) {
        Worksheet ws = wb.newWorksheet(table.sheetName());
        List<ColumnSpec> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
          ColumnSpec col = columns.get(c);
          ws.value(0, c, col.header());
          ws.style(0, c).bold().fillColor(col.required() ? "FFF2CC" : "EDEDED").wrapText(true).set();
          ws.width(c, Math.max(14, Math.min(40, col.header().length() + 4)));
          if (!col.choices().isEmpty()) {
            lists.value(0, listColumn, table.sheetName() + ": " + col.header());
            for (int k = 0; k < col.choices().size(); k++) {
              lists.value(k + 1, listColumn, col.choices().get(k));
            }
            ws.range(1, c, VALIDATED_ROWS, c).validateWithList(lists.range(1, listColumn, col.choices().size(), listColumn));
            listColumn++;
          }
        }
        ws.freezePane(0, 1);
      }
      wb.finish();
    }
    written.add(xlsx);
    for (SchoolTable table : SchoolTable.values()) {
      Path csv = dir.resolve(table.sheetName() + ".csv");
      try (OutputStream out = Files.newOutputStream(csv)) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter writer = CsvWriter.builder().fieldSeparator(';').build(w)) {
          writer.writeRecord(table.columns().stream().map(ColumnSpec::header).toList());
        }
      }
      written.add(csv);
    }
    return written;
  }

  private static void instructions(Worksheet ws) {
    int row = 0;
    ws.value(row, 0, "Шаблон данных vsoko: заполните листы таблиц (по одной строке на запись), не меняя заголовков.");
    ws.style(row, 0).bold().set();
    row += 1;
    ws.value(row++, 0, "Даты — ДД.ММ.ГГГГ, дробные числа — через запятую, флажки — «да» или «нет». Жёлтые столбцы обязательны.");
    ws.value(row++, 0, "Персональные данные не нужны: вместо ФИО — ваши идентификаторы.");
    row++;
    ws.value(row, 0, "Лист");
    ws.value(row, 1, "Столбец");
    ws.value(row, 2, "Обязательный");
    ws.value(row, 3, "Что вписать");
    ws.value(row, 4, "Другие названия столбца");
    ws.range(row, 0, row, 4).style().bold().set();
    row++;
    for (SchoolTable table : SchoolTable.values()) {
      for (ColumnSpec col : table.columns()) {
        ws.value(row, 0, table.sheetName());
        ws.value(row, 1, col.header());
        ws.value(row, 2, col.required() ? "да" : "нет");
        ws.value(row, 3, col.description() + (col.choices().isEmpty() ? "" : "; значения: " + String.join(", ", col.choices())));
        ws.value(row, 4, String.join(", ", col.aliases()));
        row++;
      }
    }
    ws.width(0, 22);
    ws.width(1, 40);
    ws.width(2, 14);
    ws.width(3, 70);
    ws.width(4, 40);
  }
}
