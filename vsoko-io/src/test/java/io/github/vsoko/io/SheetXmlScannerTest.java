package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The specialised sheet reader against fastexcel-reader, the general one it replaced: the same rows and cell texts for
 * the real ФИС ОКО exports and for generated sheets with every construct SpreadsheetML allows in cells.
 */
class SheetXmlScannerTest {
  @TempDir Path dir;

  static List<TableRow> scanned(Path xlsx, String sheet) throws IOException {
    try (XlsxTableSource source = XlsxTableSource.open(xlsx); Stream<TableRow> rows = source.rows(sheet)) {
      return rows.toList();
    }
  }

  static List<TableRow> general(Path xlsx, String sheet) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
      var s = workbook.getSheets().filter(x -> x.getName().equals(sheet)).findFirst().orElseThrow();
      try (var rows = s.openStream()) {
        return rows.map(XlsxTableSource::row).toList();
      }
    }
  }

  @Test
  void realExportsReadAsTheGeneralReaderReadsThem() throws IOException {
    for (String name : List.of("2020/4/Математика.xlsx", "2021/4/Проведение работы по математике, 4 класс. ВПР 2021.xlsx",
        "2022/5/Математика.xlsx")) {
      Path xlsx = SharedData.vpr(name);
      List<String> sheets;
      try (XlsxTableSource source = XlsxTableSource.open(xlsx)) {
        sheets = source.sheets();
      }
      try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
        assertThat(sheets).as(name).isEqualTo(workbook.getSheets().map(s -> s.getName()).toList());
      }
      for (String sheet : sheets) {
        List<TableRow> expected = general(xlsx, sheet);
        assertThat(expected).isNotEmpty();
        assertThat(scanned(xlsx, sheet)).as(name + " / " + sheet).isEqualTo(expected);
      }
    }
  }

  /** One generated cell: its XML inside «c» (attributes and children) and, when shared, its string. */
  record GenCell(String type, String content, String shared) {}

  @Property(tries = 300)
  void generatedSheetsReadAsTheGeneralReaderReadsThem(@ForAll("sheets") List<List<GenCell>> rows,
      @ForAll boolean prefixed, @ForAll boolean singleQuotes, @ForAll boolean commentsAndSpace) throws IOException {
    try (ScratchDirectory scratch = ScratchDirectory.create("sheet")) {
      compareGenerated(scratch.path().resolve("g.xlsx"), rows, prefixed, singleQuotes, commentsAndSpace);
    }
  }

  private static void compareGenerated(Path xlsx, List<List<GenCell>> rows, boolean prefixed, boolean singleQuotes,
      boolean commentsAndSpace) throws IOException {
    List<String> shared = new ArrayList<>();
    StringBuilder data = new StringBuilder();
    String p = prefixed ? "x:" : "";
    char q = singleQuotes ? '\'' : '"';
    int r = 0;
    for (List<GenCell> row : rows) {
      r++;
      data.append('<').append(p).append("row r=").append(q).append(r).append(q).append(" spans=").append(q).append("1:9")
          .append(q).append('>');
      int column = 0;
      for (GenCell cell : row) {
        column += cell.content().startsWith("skip") ? 2 : 1;
        String ref = ColumnNames.letter(column - 1) + r;
        String t = cell.type().isEmpty() ? "" : " t=" + q + cell.type() + q;
        String content = cell.content().replaceFirst("^skip", "");
        if (cell.shared() != null) {
          content = "<" + p + "v>" + shared.size() + "</" + p + "v>";
          shared.add(cell.shared());
        }
        content = content.replace("<v>", "<" + p + "v>").replace("</v>", "</" + p + "v>")
            .replace("<f>", "<" + p + "f>").replace("</f>", "</" + p + "f>")
            .replace("<is>", "<" + p + "is>").replace("</is>", "</" + p + "is>")
            .replace("<t>", "<" + p + "t>").replace("</t>", "</" + p + "t>");
        if (commentsAndSpace) {
          content = "<!-- c -->" + content;
        }
        data.append('<').append(p).append("c r=").append(q).append(ref).append(q).append(" s=").append(q).append('1')
            .append(q).append(t).append(content.isEmpty() ? "/>" : ">" + content + "</" + p + "c>");
        if (commentsAndSpace) {
          data.append("\n  ");
        }
      }
      data.append("</").append(p).append("row>");
    }
    String ns = prefixed ? "xmlns:x" : "xmlns";
    String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + p + "worksheet " + ns
        + "=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><" + p + "dimension ref=\"A1\"/><" + p
        + "sheetData>" + data + "</" + p + "sheetData></" + p + "worksheet>";
    StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas."
        + "openxmlformats.org/spreadsheetml/2006/main\">");
    shared.forEach(s -> sst.append("<si>").append(s).append("</si>"));
    sst.append("</sst>");
    write(xlsx, Map.of("xl/worksheets/sheet1.xml", sheet, "xl/sharedStrings.xml", sst.toString()));
    assertThat(scanned(xlsx, "Лист1")).isEqualTo(general(xlsx, "Лист1"));
  }

  @Provide
  Arbitrary<List<List<GenCell>>> sheets() {
    return cell().list().ofMaxSize(9).list().ofMinSize(1).ofMaxSize(6);
  }

  private static Arbitrary<GenCell> cell() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.strings().withChars("абвгдеёжзXx019 .,-|()«»").ofMaxLength(12),
        Arbitraries.of("&amp;", "&lt;5&gt;", "&quot;Б&quot;", "&#1046;", "&#x416;", " 4А ", "a\r\nb", "a\rb", "",
            "<![CDATA[<3 & >]]>", "отсутствовал", "Х", "—"));
    Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.integers().between(0, 2000).map(String::valueOf),
        Arbitraries.of("0", "007", "12.0", "12.50", "-3", "1.5E3", "1E-2", "123456789012", "0.1", ""));
    Arbitrary<Boolean> skip = Arbitraries.of(false, false, false, true);
    Arbitrary<GenCell> shared = Combinators.combine(text, Arbitraries.of(0, 1, 2)).as((t, kind) -> new GenCell("s", "",
        kind == 0 ? "<t>" + t + "</t>" : kind == 1 ? "<t xml:space=\"preserve\">" + t + "</t>"
            : "<r><t>" + t + "</t></r><r><rPr><b/></rPr><t>!</t></r><rPh sb=\"0\" eb=\"1\"><t>фон</t></rPh>"));
    Arbitrary<GenCell> inline = text.map(t -> new GenCell("inlineStr", "<is><t>" + t + "</t></is>", null));
    Arbitrary<GenCell> numeric = Combinators.combine(number, Arbitraries.of("", "n")).as((n, t) ->
        new GenCell(t, n.isEmpty() ? "<v></v>" : "<v>" + n + "</v>", null));
    Arbitrary<GenCell> formula = Combinators.combine(Arbitraries.of("SUM(A1:B1)", "A1&amp;B1"), number).as((f, n) ->
        new GenCell("", "<f>" + f + "</f>" + (n.isEmpty() ? "" : "<v>" + n + "</v>"), null));
    Arbitrary<GenCell> formulaText = text.map(t -> new GenCell("str", "<f>A1</f><v>" + t + "</v>", null));
    Arbitrary<GenCell> other = Arbitraries.of(new GenCell("b", "<v>1</v>", null), new GenCell("b", "<v>0</v>", null),
        new GenCell("e", "<v>#DIV/0!</v>", null), new GenCell("", "", null), new GenCell("s", "", null));
    return Combinators.combine(Arbitraries.oneOf(shared, inline, numeric, formula, formulaText, other), skip)
        .as((c, s) -> s ? new GenCell(c.type(), "skip" + c.content(), c.shared()) : c);
  }

  /** Writes a minimal workbook: one sheet «Лист1», with the given parts over the defaults. */
  static void write(Path xlsx, Map<String, String> parts) throws IOException {
    Map<String, String> all = new java.util.TreeMap<>(Map.of(
        "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
            + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
            + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/"
            + "workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
            + "spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd."
            + "openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>",
        "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
            + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
        "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
            + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Лист1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
        "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
            + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats."
            + "org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
            + "Target=\"/xl/sharedStrings.xml\"/></Relationships>"));
    all.putAll(parts);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
      for (Map.Entry<String, String> e : all.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(e.getKey().endsWith("sheet1.xml") && e.getValue().contains("UTF-16")
            ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  private static String sheet(String data) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
        + "2006/main\"><sheetData>" + data + "</sheetData></worksheet>";
  }

  @Test
  void aSheetInUtf16IsReadByTheGeneralReader() throws IOException {
    Path xlsx = dir.resolve("utf16.xlsx");
    write(xlsx, Map.of("xl/worksheets/sheet1.xml", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Код</t></is></c>"
        + "<c r=\"B1\"><v>5</v></c></row>").replace("UTF-8", "UTF-16")));
    assertThat(scanned(xlsx, "Лист1")).containsExactly(new TableRow(1, List.of("Код", "5")));
  }

  @Test
  void aDocumentTypeDeclarationIsRefused() throws IOException {
    Path xlsx = dir.resolve("dtd.xlsx");
    write(xlsx, Map.of("xl/worksheets/sheet1.xml", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c>"
        + "</row>").replace("?>", "?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")));
    assertThatThrownBy(() -> scanned(xlsx, "Лист1")).isInstanceOf(ProblemException.class)
        .hasMessageContaining("объявляет DTD").hasMessageNotContaining("root:");
  }

  @Test
  void brokenSheetsAreLocatedErrors() throws IOException {
    Map<String, String> cases = Map.of(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row>", "строка 1: файл XLSX повреждён: ссылка «&nbsp;» не определена",
        "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>", "строка 2: файл XLSX повреждён: ссылка на общую строку 7, а их в книге 0",
        "<row r=\"3\"><c r=\"A3\" t=\"b\"><v>2</v></c></row>", "строка 3: файл XLSX повреждён: логическое значение ячейки «2»",
        "<row r=\"4\"><c r=\"4\"><v>1</v></c></row>", "строка 4: файл XLSX повреждён: ссылка на ячейку «4» не похожа на «A1»",
        "<row r=\"5\"><c r=\"A5\" t=\"q\"><v>1</v></c></row>", "строка 5: файл XLSX повреждён: тип ячейки «q»",
        "<row r=\"6\"><c r=\"A6\"><v>abc</v></c></row>", "строка 6: файл XLSX повреждён: значение числовой ячейки «abc» не число");
    int i = 0;
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Path xlsx = dir.resolve("broken" + i++ + ".xlsx");
      write(xlsx, Map.of("xl/worksheets/sheet1.xml", sheet(c.getKey())));
      assertThatThrownBy(() -> scanned(xlsx, "Лист1")).as(c.getKey()).isInstanceOf(ProblemException.class)
          .hasMessageContaining(xlsx + ", лист «Лист1», " + c.getValue());
    }
    Path truncated = dir.resolve("truncated.xlsx");
    write(truncated, Map.of("xl/worksheets/sheet1.xml", sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
        .replace("</sheetData></worksheet>", "<row r=\"2\"><c r=\"A2\"><v>1")));
    assertThatThrownBy(() -> scanned(truncated, "Лист1")).isInstanceOf(ProblemException.class)
        .hasMessageContaining("строка 2: файл XLSX повреждён: лист оборвался");
  }

  @Test
  void theBoundsHoldWhileASheetStreams() throws IOException {
    Path big = dir.resolve("big.xlsx");
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r <= 20_000; r++) {
      rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r).append("</v></c></row>");
    }
    write(big, Map.of("xl/worksheets/sheet1.xml", sheet(rows.toString())));
    assertThatThrownBy(() -> XlsxTableSource.open(big, 64 * 1024, 1L << 30)).isInstanceOf(ProblemException.class)
        .hasMessageContaining("часть архива «xl/worksheets/sheet1.xml» распаковывается в слишком большой объём");
    lieAboutSizes(big); // the directory now claims every entry inflates to 100 bytes
    try (XlsxTableSource source = XlsxTableSource.open(big, 64 * 1024, 1L << 30); Stream<TableRow> s = source.rows("Лист1")) {
      List<TableRow> read = new ArrayList<>();
      assertThatThrownBy(() -> s.forEach(read::add)).isInstanceOf(ProblemException.class)
          .hasMessageContaining("часть архива «xl/worksheets/sheet1.xml» распаковывается в слишком большой объём");
      assertThat(read.size()).isBetween(1, 2_000); // stopped near the bound, not after inflating the whole entry
    }
    try (XlsxTableSource source = XlsxTableSource.open(big); Stream<TableRow> s = source.rows("Лист1")) {
      assertThat(s.count()).isEqualTo(20_000);
    }
  }

  /** Rewrites the uncompressed size of every central directory record to 100 bytes, as a crafted «zip bomb» would. */
  private static void lieAboutSizes(Path zip) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    for (int i = 0; i + 28 < bytes.length; i++) {
      if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02) {
        bytes[i + 24] = 100;
        bytes[i + 25] = 0;
        bytes[i + 26] = 0;
        bytes[i + 27] = 0;
      }
    }
    Files.write(zip, bytes);
  }

  @Test
  void sheetsAreFoundThroughTheWorkbooksRelationships() throws IOException {
    Path xlsx = dir.resolve("rels.xlsx");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(SharedData.vpr("2022/5/Математика.xlsx")));
        OutputStream out = Files.newOutputStream(xlsx); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        String name = e.getName().replace("xl/worksheets/sheet2.xml", "xl/data/protocol.xml");
        if (name.equals("xl/_rels/workbook.xml.rels")) {
          bytes = new String(bytes, StandardCharsets.UTF_8).replace("worksheets/sheet2.xml", "../xl/data/protocol.xml")
              .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
      }
    }
    assertThat(scanned(xlsx, "Протокол")).isEqualTo(general(SharedData.vpr("2022/5/Математика.xlsx"), "Протокол"));
    try (InputStream ignored = Files.newInputStream(xlsx)) {
      assertThat(XlsxWorkbook.resolve("xl/", "/xl/worksheets/a.xml")).isEqualTo("xl/worksheets/a.xml");
      assertThat(XlsxWorkbook.resolve("xl/", "./worksheets/../b.xml")).isEqualTo("xl/b.xml");
    }
  }
}
