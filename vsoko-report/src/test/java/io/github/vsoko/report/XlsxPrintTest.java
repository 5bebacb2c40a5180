package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A workbook a school can print: A4, one page wide, landscape where wide, the header repeated on every page. */
class XlsxPrintTest {
  private static XSSFWorkbook xlsx(Report r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportRenderers.discover().get("xlsx").render(r, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void everyTableSheetPrintsOnePageWideWithItsHeaderRepeated() throws IOException {
    try (XSSFWorkbook wb = xlsx(Reports.vpr())) {
      XSSFSheet schools = wb.getSheet("Результаты по организациям");
      assertThat(wb.sheetIterator()).toIterable().extracting(org.apache.poi.ss.usermodel.Sheet::getSheetName)
          .allMatch(name -> name.length() <= 31).doesNotHaveDuplicates();
      assertThat(schools).isNotNull();
      assertThat(schools.getFitToPage()).isTrue();
      assertThat(schools.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(schools.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
      assertThat(schools.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(schools.getPrintSetup().getLandscape()).as("15 columns: landscape").isTrue();
      assertThat(schools.getRepeatingRows().formatAsString()).isEqualTo("2:2");
      XSSFSheet groups = wb.getSheet("Группы участников");
      assertThat(groups.getPrintSetup().getLandscape()).as("3 columns: portrait").isFalse();
    }
  }
}
