package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.AnswerRating;
import io.github.vsoko.model.school.RespondentGroup;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SurveyAnswer;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.report.Heading;
import io.github.vsoko.report.Language;
import io.github.vsoko.report.Paragraph;
import io.github.vsoko.report.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input on every input path of the command line: each case asserts the exit code, the located
 * message (the file, and the line, row, field or option where there is one), that no stack trace reaches the user
 * and that an output is complete or absent — never empty or cut.
 */
class HostileInputTest {
  @TempDir static Path dir;
  private static Path ok;
  private static final String REGULATION = """
      Положение о внутренней системе оценки качества образования
      1. Общие положения
      1.1. Настоящее положение разработано в соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в \
      Российской Федерации», приказом Минобрнауки России от 14.06.2013 № 462 «Об утверждении Порядка проведения \
      самообследования образовательной организацией».
      2. Организация ВСОКО
      2.1. Оценка качества образования осуществляется по трём направлениям: качество образовательных результатов, \
      качество реализации образовательной деятельности, качество условий.
      """;

  /** One hostile input: the command line, what must come out, and the output that must be complete or absent. */
  record Case(String name, List<String> args, int exit, List<String> messages, Optional<Path> absentOutput) {
    static Case of(String name, int exit, List<String> messages, String... args) {
      return new Case(name, List.of(args), exit, messages, Optional.empty());
    }

    Case absent(Path output) {
      return new Case(name, args, exit, messages, Optional.of(output));
    }
  }

  private static Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String s(Path p) {
    return p.toString();
  }

  /** A zip whose entries are {@code entries} in order. */
  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The entries of a zip, with one changed. */
  private static byte[] rezip(byte[] original, String entry, UnaryOperator<String> change, boolean drop) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals(entry)) {
          if (drop) {
            continue;
          }
          content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        entries.put(e.getName(), content);
      }
    }
    return zip(entries);
  }

  private static byte[] render(String format) throws IOException {
    Report report = new Report("r", "Положение о ВСОКО", Optional.empty(), Optional.empty(),
        List.of(new Heading(1, "Общие положения"), Paragraph.text(REGULATION)), LocalDate.of(2025, 1, 1), Language.RU);
    return io.github.vsoko.app.ReportFiles.discover().render(report, format);
  }

  @BeforeAll
  static void writeTheFiles() throws IOException {
    SchoolData school = SchoolData.builder(Organization.of("sch", "МБОУ СОШ № 7", "МБОУ СОШ № 7", OrganizationKind.GENERAL),
        ReportingPeriod.calendarYear(2024)).surveys(List.of(
            new SurveyAnswer("Удовлетворённость", RespondentGroup.PARENTS, LocalDate.of(2024, 3, 1),
                "=HYPERLINK(\"http://example.com\";\"Качество\")", "да", 10, AnswerRating.POSITIVE),
            new SurveyAnswer("Удовлетворённость", RespondentGroup.PARENTS, LocalDate.of(2024, 3, 1),
                "=HYPERLINK(\"http://example.com\";\"Качество\")", "нет", 2, AnswerRating.NEGATIVE))).build();
    ok = file("ok.json", CanonicalJson.write(school));
  }

  private static List<Case> cases() throws IOException {
    String json = Files.readString(ok);
    List<Case> c = new ArrayList<>();
    Path folder = Files.createDirectories(dir.resolve("folder"));
    // canonical JSON data: evaluate --data
    c.add(Case.of("data: a directory", 1, List.of("folder: это каталог, а ожидается файл"), "evaluate", "--data", s(folder)));
    c.add(Case.of("data: no such file", 2, List.of("нет файла", "nope.json"), "evaluate", "--data", s(dir.resolve("nope.json"))));
    c.add(Case.of("data: empty file", 1, List.of("empty.json"), "evaluate", "--data", s(file("empty.json", ""))));
    c.add(Case.of("data: binary", 1, List.of("bin.json, строка 1"), "evaluate", "--data",
        s(file("bin.json", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 1, 2}))));
    c.add(Case.of("data: a key twice", 1, List.of("dup.json, строка 3", "Duplicate field 'format'"), "evaluate", "--data",
        s(file("dup.json", json.replaceFirst("\"format\" : \"vsoko/1\",", "\"format\" : \"vsoko/1\",\n  \"format\" : \"vsoko/1\",")))));
    c.add(Case.of("data: cut short", 1, List.of("cut.json, строка"), "evaluate", "--data",
        s(file("cut.json", json.substring(0, json.length() / 2)))));
    c.add(Case.of("data: nested 5000 deep", 1, List.of("deep.json, строка 1"), "evaluate", "--data",
        s(file("deep.json", "[".repeat(5000)))));
    c.add(Case.of("data: a number for a date", 1, List.of("numdate.json", "ожидается дата текстом «ГГГГ-ММ-ДД»"), "evaluate",
        "--data", s(file("numdate.json", json.replaceFirst("\"date\" : \"2024-03-01\"", "\"date\" : 20240301")))));
    c.add(Case.of("data: 30 February", 1, List.of("feb30.json", "ожидается существующая дата", "2024-02-30"), "evaluate",
        "--data", s(file("feb30.json", json.replaceFirst("\"date\" : \"2024-03-01\"", "\"date\" : \"2024-02-30\"")))));
    c.add(Case.of("data: year 12024", 1, List.of("far.json", "вне 1900–2999"), "evaluate",
        "--data", s(file("far.json", json.replaceFirst("\"date\" : \"2024-03-01\"", "\"date\" : \"+12024-03-01\"")))));
    c.add(Case.of("data: an area of 1e400", 1, List.of("area.json", "educational area must be at most 10000000"), "evaluate",
        "--data", s(file("area.json", json.replaceFirst("\"surveys\"", "\"infrastructure\" : {\"asOf\" : \"2024-12-31\", "
            + "\"computersInEducation\" : 1, \"educationalLiterature\" : 1, \"electronicDocumentFlow\" : true, \"readingRoom\" : "
            + "{\"present\" : false, \"computers\" : false, \"mediaLibrary\" : false, \"scanning\" : false, \"internet\" : false, "
            + "\"controlledPrinting\" : false}, \"broadband\" : true, \"educationalArea\" : 1e400},\n  \"surveys\"")))));
    c.add(Case.of("data: an unknown field", 1, List.of("unknown.json", "«shoe»"), "evaluate", "--data",
        s(file("unknown.json", json.replaceFirst("\"format\"", "\"shoe\" : 1,\n  \"format\"")))));
    c.add(Case.of("data: another format", 1, List.of("other.json", "«format»"), "evaluate", "--data",
        s(file("other.json", json.replace("\"vsoko/1\"", "\"vsoko/9\"")))));
    c.add(Case.of("data: UTF-16 with BOM", 0, List.of(), "evaluate", "--data",
        s(file("utf16.json", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, json.getBytes(StandardCharsets.UTF_16LE))))));
    c.add(Case.of("data: UTF-8 with BOM", 0, List.of(), "evaluate", "--data",
        s(file("bom.json", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, json.getBytes(StandardCharsets.UTF_8))))));
    // options
    c.add(Case.of("option: --year 99999", 2, List.of("--year: ожидается год от 1900 до 2999, получено 99999"), "evaluate",
        "--data", s(ok), "--year", "99999"));
    c.add(Case.of("option: --date 30.02.2025", 2, List.of("--date: ожидается дата ДД.ММ.ГГГГ, получено «30.02.2025»"),
        "audit", "--regulation", s(file("r0.txt", REGULATION)), "--date", "30.02.2025", "--out", s(dir.resolve("o-date"))));
    c.add(Case.of("option: --academic-year 2024/2026", 2, List.of("--academic-year"), "survey", "--data", s(ok),
        "--academic-year", "2024/2026"));
    c.add(Case.of("option: --percent-scale 99", 2, List.of("--percent-scale"), "evaluate", "--data", s(ok), "--percent-scale", "99"));
    c.add(Case.of("option: an unknown format", 2, List.of("--format"), "evaluate", "--data", s(ok), "--format", "exe"));
    c.add(Case.of("option: --plugins that is not there", 2, List.of("--plugins: нет каталога"), "providers", "--plugins",
        s(dir.resolve("no-plugins"))));
    c.add(Case.of("option: an unknown policy", 2, List.of("неизвестное правило «x.y»"), "evaluate", "--data", s(ok), "--policy", "x.y=1"));
    // regulations: audit --regulation
    c.add(Case.of("regulation: UTF-16 without BOM", 0, List.of(), "audit", "--regulation",
        s(file("r16.txt", REGULATION.getBytes(StandardCharsets.UTF_16LE))), "--format", "md", "--out", s(dir.resolve("o-r16"))));
    c.add(Case.of("regulation: UTF-16BE with BOM", 0, List.of(), "audit", "--regulation",
        s(file("r16be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, REGULATION.getBytes(StandardCharsets.UTF_16BE)))),
        "--format", "md", "--out", s(dir.resolve("o-r16be"))));
    c.add(Case.of("regulation: Windows-1251", 0, List.of(), "audit", "--regulation",
        s(file("r1251.txt", REGULATION.getBytes(java.nio.charset.Charset.forName("windows-1251")))), "--format", "md", "--out",
        s(dir.resolve("o-r1251"))));
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    c.add(Case.of("regulation: binary as .txt", 1, List.of("noise.txt"), "audit", "--regulation", s(file("noise.txt", noise)),
        "--out", s(dir.resolve("o-noise"))).absent(dir.resolve("o-noise")));
    c.add(Case.of("regulation: .doc", 1, List.of("old.doc", "Word 97–2003"), "audit", "--regulation",
        s(file("old.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0})), "--out", s(dir.resolve("o-doc"))));
    c.add(Case.of("regulation: a PDF", 1, List.of("r.pdf"), "audit", "--regulation", s(file("r.pdf", "%PDF-1.7\n%âãÏÓ\n")),
        "--out", s(dir.resolve("o-pdf"))));
    byte[] docx = render("docx");
    byte[] xlsx = render("xlsx");
    c.add(Case.of("regulation: a workbook named .docx", 1, List.of("book.docx: это книга Excel (XLSX), а ожидается документ Word"),
        "audit", "--regulation", s(file("book.docx", xlsx)), "--out", s(dir.resolve("o-book"))));
    c.add(Case.of("regulation: DOCX without its document part", 1, List.of("nopart.docx", "word/document.xml"), "audit",
        "--regulation", s(file("nopart.docx", rezip(docx, "word/document.xml", x -> x, true))), "--out", s(dir.resolve("o-np"))));
    c.add(Case.of("regulation: DOCX with an external entity", 1, List.of("xxe.docx"), "audit", "--regulation",
        s(file("xxe.docx", rezip(docx, "word/document.xml", x -> x.replaceFirst("\\?>",
            "?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"), false))), "--out", s(dir.resolve("o-xxe"))));
    c.add(Case.of("regulation: DOCX cut short", 1, List.of("cut.docx"), "audit", "--regulation",
        s(file("cut.docx", java.util.Arrays.copyOf(docx, docx.length / 2))), "--out", s(dir.resolve("o-cutdocx"))));
    c.add(Case.of("regulation: no such file", 1, List.of("nope.txt: нет файла"), "audit", "--regulation",
        s(dir.resolve("nope.txt")), "--out", s(dir.resolve("o-nope"))));
    c.add(Case.of("regulation: a directory", 1, List.of("folder"), "audit", "--regulation", s(folder), "--out",
        s(dir.resolve("o-dir"))));
    // audit components (regular expressions from a user's file)
    String components = "format: vsoko-audit/1\ncomponents:\n  - id: c1\n    title: Компонент\n    requirements:\n"
        + "      - name: требование\n        pattern: %s\n";
    c.add(Case.of("components: a backtracking pattern", 1, List.of("требование «требование»", "упростите шаблон"), "audit",
        "--regulation", s(file("long.txt", "а".repeat(200) + "б\n")), "--components",
        s(file("evil.yaml", components.formatted("'(.*а){15}в'"))), "--out", s(dir.resolve("o-evil"))).absent(dir.resolve("o-evil")));
    c.add(Case.of("components: not a regular expression", 1, List.of("bad-re.yaml", "не регулярное выражение"), "audit",
        "--regulation", s(file("r1.txt", REGULATION)), "--components", s(file("bad-re.yaml", components.formatted("'(а'"))),
        "--out", s(dir.resolve("o-badre"))));
    c.add(Case.of("components: a key twice", 1, List.of("dupkey.yaml", "duplicate key"), "audit", "--regulation",
        s(file("r2.txt", REGULATION)), "--components", s(file("dupkey.yaml", "format: vsoko-audit/1\nformat: vsoko-audit/1\n"
            + "components: []\n")), "--out", s(dir.resolve("o-dupkey"))));
    c.add(Case.of("components: billion laughs", 1, List.of("laughs.yaml"), "audit", "--regulation", s(file("r3.txt", REGULATION)),
        "--components", s(file("laughs.yaml", laughs())), "--out", s(dir.resolve("o-laughs"))));
    c.add(Case.of("components: a Java type tag", 1, List.of("gadget.yaml"), "audit", "--regulation", s(file("r4.txt", REGULATION)),
        "--components", s(file("gadget.yaml", "format: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
            + "[[!!java.net.URL [\"http://example.com/\"]]]]\n")), "--out", s(dir.resolve("o-gadget"))));
    c.add(Case.of("components: binary", 1, List.of("bin.yaml"), "audit", "--regulation", s(file("r5.txt", REGULATION)),
        "--components", s(file("bin.yaml", noise)), "--out", s(dir.resolve("o-binyaml"))));
    // school tables and exports: import --in
    c.add(Case.of("table: a Word document named .xlsx", 1, List.of("doc.xlsx: это документ Word (DOCX), а ожидается книга Excel"),
        "import", "--in", s(file("doc.xlsx", docx)), "--out", s(dir.resolve("t1.json"))).absent(dir.resolve("t1.json")));
    c.add(Case.of("table: an old .xls named .xlsx", 1, List.of("old.xlsx: файл XLS (Excel 97–2003) повреждён"), "import", "--in",
        s(file("old.xlsx", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1,
            0, 0})), "--out", s(dir.resolve("t2.json"))).absent(dir.resolve("t2.json")));
    c.add(Case.of("table: an empty CSV", 1, List.of("empty.csv: пустой файл"), "import", "--in", s(file("empty.csv", "")),
        "--out", s(dir.resolve("t3.json"))).absent(dir.resolve("t3.json")));
    c.add(Case.of("table: a quote never closed", 1, List.of("quote.csv, строка 2", "кавычка открыта в строке 2"), "import", "--in",
        s(file("quote.csv", "code;sum\n\"p1;3\np2;4\n")), "--out", s(dir.resolve("t4.json"))).absent(dir.resolve("t4.json")));
    c.add(Case.of("table: binary CSV", 1, List.of("bin.csv", "не текстовый файл"), "import", "--in",
        s(file("bin.csv", new byte[] {'a', ';', 0, 0, 1, 2, '\n'})), "--out", s(dir.resolve("t5.json"))).absent(dir.resolve("t5.json")));
    c.add(Case.of("table: XLSX with an external entity", 1, List.of("xxe.xlsx"), "import", "--in",
        s(file("xxe.xlsx", rezip(xlsx, "xl/workbook.xml", x -> x.replaceFirst("\\?>",
            "?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"), false))), "--out", s(dir.resolve("t6.json")))
        .absent(dir.resolve("t6.json")));
    c.add(Case.of("table: XLSX without its sheet", 1, List.of("nosheet.xlsx"), "import", "--in",
        s(file("nosheet.xlsx", rezip(xlsx, "xl/worksheets/sheet1.xml", x -> x, true))), "--out", s(dir.resolve("t7.json")))
        .absent(dir.resolve("t7.json")));
    c.add(Case.of("table: XLSX without a workbook", 1, List.of("nobook.xlsx", "xl/workbook.xml"), "import", "--in",
        s(file("nobook.xlsx", rezip(xlsx, "xl/workbook.xml", x -> x, true))), "--out", s(dir.resolve("t8.json")))
        .absent(dir.resolve("t8.json")));
    c.add(Case.of("table: XLSX cut short", 1, List.of("cut.xlsx"), "import", "--in",
        s(file("cut.xlsx", java.util.Arrays.copyOf(xlsx, xlsx.length / 2))), "--out", s(dir.resolve("t9.json")))
        .absent(dir.resolve("t9.json")));
    c.add(Case.of("table: a zip bomb", 1, List.of("bomb.xlsx", "слишком большой объём"), "import", "--in",
        s(file("bomb.xlsx", bomb("xl/worksheets/sheet1.xml", 600))), "--out", s(dir.resolve("t10.json"))).absent(dir.resolve("t10.json")));
    c.add(Case.of("table: HTML with a script as .xls", 1, List.of("page.xls"), "import", "--in",
        s(file("page.xls", "<html><body><script>alert(1)</script><table><tr><td>x</td></tr></table></body></html>")), "--out",
        s(dir.resolve("t11.json"))).absent(dir.resolve("t11.json")));
    c.add(Case.of("table: control characters in a cell are not printed raw", 1, List.of("esc.csv"), "import", "--in",
        s(file("esc.csv", "code;sum\n\u001b[31mp1\u0007;x\n")), "--out", s(dir.resolve("t12.json"))));
    Path tables = Files.createDirectories(dir.resolve("tables"));
    Files.writeString(tables.resolve("Организация.csv"), "Идентификатор;Краткое наименование;Полное наименование;Вид;Отчётный год\n"
        + "sch;МБОУ СОШ № 1;МБОУ СОШ № 1;общеобразовательная;2024\n");
    Files.writeString(tables.resolve("Учащиеся.csv"), "Идентификатор учащегося;Класс;Уровень;Дата зачисления;Дата выбытия\n"
        + "s1;5А;;01.09.2020;\n");
    String markRow = "s1;Математика;2023/2024;четверть;1;01.09.2023;27.10.2023;4\n";
    Files.writeString(tables.resolve("Отметки.csv"), "Идентификатор учащегося;Предмет;Учебный год;Период;Номер периода;"
        + "Начало периода;Конец периода;Отметка\n" + markRow + markRow + markRow.replace(";4\n", ";2\n"));
    c.add(Case.of("table: a mark row twice, and another mark for the same quarter", 1, List.of(
        "Отметки.csv, строка 3, столбец H («Отметка»): значение «4» — та же отметка учащегося «s1»", "повтор не учтён",
        "Отметки.csv, строка 4", "другая отметка учащегося «s1»", "строка не импортирована"), "import",
        "--in", s(tables.resolve("Организация.csv")), "--in", s(tables.resolve("Учащиеся.csv")), "--in",
        s(tables.resolve("Отметки.csv")), "--academic-year", "2023/2024", "--out", s(dir.resolve("t13.json"))));
    c.add(Case.of("data: a mark twice is named by validate", 1, List.of("marks[1] (s1)", "та же отметка"), "validate", "--data",
        s(file("twice.json", json.replaceFirst("\"students\" : \\[ \\]", "\"students\" : [ {\"id\" : \"s1\", "
            + "\"className\" : \"5А\", \"enrolledOn\" : \"2020-09-01\", \"flags\" : [ ]} ]")
            .replaceFirst("\"marks\" : \\[ \\]", "\"marks\" : [ " + markJson() + ", " + markJson() + " ]")))));
    // where the outputs go
    c.add(Case.of("out: a directory where a file is expected", 1, List.of("это папка, а ожидается файл"), "import", "--in", s(ok),
        "--out", s(folder)));
    c.add(Case.of("out: a folder that is not there", 1, List.of("нет папки"), "import", "--in", s(ok), "--out",
        s(dir.resolve("no/such/x.json"))).absent(dir.resolve("no")));
    c.add(Case.of("out: a file where a folder is expected", 1, List.of("это файл, а ожидается папка для отчётов"), "audit",
        "--regulation", s(file("r6.txt", REGULATION)), "--out", s(ok)));
    String plan = Files.readString(Path.of("..", "docs", "examples", "plan.yaml"));
    c.add(Case.of("out: a cell longer than Excel holds", 1, List.of("предела Excel", "ни один файл набора не изменён"), "report",
        "plan", "--plan", s(file("longplan.yaml", plan.replaceFirst("    criteria:\n    - \"", "    criteria:\n    - \"" + "ж".repeat(40_000)))),
        "--academic-year", "2024/2025", "--format", "md,xlsx", "--out", s(dir.resolve("o-long")))
        .absent(dir.resolve("o-long/plan.md")));
    // plans in YAML
    c.add(Case.of("plan: a key twice", 1, List.of("dupplan.yaml", "Duplicate field"), "report", "plan", "--plan",
        s(file("dupplan.yaml", plan.replaceFirst("kind: plan", "kind: plan\nkind: plan"))), "--academic-year", "2024/2025",
        "--out", s(dir.resolve("o-dupplan"))).absent(dir.resolve("o-dupplan")));
    c.add(Case.of("plan: billion laughs", 1, List.of("laughplan.yaml"), "report", "plan", "--plan", s(file("laughplan.yaml", laughs())),
        "--academic-year", "2024/2025", "--out", s(dir.resolve("o-laughplan"))).absent(dir.resolve("o-laughplan")));
    c.add(Case.of("plan: a Java type tag", 1, List.of("gadplan.yaml"), "report", "plan", "--plan",
        s(file("gadplan.yaml", "format: !!java.io.File [\"/etc/passwd\"]\nkind: plan\n")), "--academic-year", "2024/2025", "--out",
        s(dir.resolve("o-gadplan"))).absent(dir.resolve("o-gadplan")));
    c.add(Case.of("plan: cut short", 1, List.of("cutplan.yaml"), "report", "plan", "--plan",
        s(file("cutplan.yaml", plan.substring(0, plan.length() / 3) + "\n  - [unclosed")), "--academic-year", "2024/2025",
        "--out", s(dir.resolve("o-cutplan"))).absent(dir.resolve("o-cutplan")));
    // ВПР results
    c.add(Case.of("vpr: no such file", 2, List.of("nope.xlsx"), "vpr", "--results", s(dir.resolve("nope.xlsx")), "--out",
        s(dir.resolve("o-vpr"))));
    Path export = SharedFiles.find(Path.of("data", "fisoko-vpr", "2020", "4", "Математика.xlsx"));
    c.add(Case.of("vpr: the same export twice is counted once", 1, List.of("уже прочитана из файла",
        "файл не учтён, чтобы не считать участников дважды"), "vpr", "--results", s(export), "--results", s(export), "--format",
        "json", "--out", s(dir.resolve("o-vpr-twice"))));
    List<List<Object>> rows = io.github.vsoko.io.fixtures.FisOkoFixtures.preamble("Индивидуальные результаты", 2024, "Математика", 4,
        20, "16.04.2024");
    rows.add(io.github.vsoko.io.fixtures.FisOkoFixtures.row("ОО", "Муниципалитет", "Название ОО", "Код участника", "Класс",
        "Вариант", "1 (2б)", "Первичный балл", "Отметка", "Отметка по журналу"));
    List<Object> participant = io.github.vsoko.io.fixtures.FisOkoFixtures.row("sch240007", "Енисейский район", "МБОУ СОШ № 7",
        "10001", 1, 1, 2, 2, 3, 4);
    rows.add(participant);
    rows.add(participant);
    Path twiceInOne = io.github.vsoko.io.fixtures.FisOkoFixtures.write(Files.createDirectories(dir.resolve("vpr-dup"))
        .resolve("2849655.xlsx"), "МА 4 Индивидуальные результаты", rows);
    c.add(Case.of("vpr: a participant twice in one export is counted once", 0, List.of("2849655.xlsx:МА 4 Индивидуальные "
        + "результаты:", "участник с этим кодом в школе «sch240007» уже в строке", "повтор не учтён"), "vpr", "--results",
        s(twiceInOne), "--format", "json", "--out", s(dir.resolve("o-vpr-dup"))));
    c.add(Case.of("vpr: the same work twice in a scales table", 1, List.of("scales.csv, строка 3: шкала той же работы "
        + "(Математика, 4 класс, 2020) уже в строке 2"), "vpr", "--results", s(export), "--scales", s(file("scales.csv",
        "Год;Предмет;Класс;Мин3;Мин4;Мин5\n2020;Математика;4;6;10;14\n2020;Математика;4;7;11;15\n")), "--format", "json",
        "--out", s(dir.resolve("o-vpr-scales"))).absent(dir.resolve("o-vpr-scales")));
    c.add(Case.of("vpr: a text file as results", 1, List.of("notes.xlsx"), "vpr", "--results", s(file("notes.xlsx", "просто текст")),
        "--out", s(dir.resolve("o-vpr2"))));
    // pseudonymisation keys and rule files
    c.add(Case.of("key file: a directory", 2, List.of("--key-file"), "gia", "--results", s(file("p.xls", "x")), "--key-file",
        s(folder), "--year", "2024"));
    return c;
  }

  private static String markJson() {
    return "{\"studentId\" : \"s1\", \"subject\" : \"Математика\", \"period\" : {\"kind\" : \"ACADEMIC_YEAR\", "
        + "\"number\" : 1, \"start\" : \"2023-09-01\", \"end\" : \"2024-08-31\", \"asOfDate\" : \"2024-08-31\"}, "
        + "\"value\" : \"4\"}";
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String laughs() {
    StringBuilder y = new StringBuilder("format: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char n = 'b'; n <= 'j'; n++) {
      y.append(n).append(": &").append(n).append(" [");
      for (int i = 0; i < 9; i++) {
        y.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      y.append("]\n");
      prev = n;
    }
    return y.toString();
  }

  /** A zip with one entry that inflates to {@code megabytes} of zeros. */
  private static byte[] bomb(String entry, int megabytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(9);
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("xl/workbook.xml"));
      z.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
      z.putNextEntry(new ZipEntry(entry));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < megabytes; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    return out.toByteArray();
  }

  @org.junit.jupiter.api.Test
  void formulasInDataStayTextInTsvAndCsvOnStdout() {
    for (String format : List.of("tsv")) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = VsokoCli.execute(new PrintWriter(out), new PrintWriter(err), "survey", "--data", s(ok), "--format", format);
      assertThat(code).as(err.toString()).isZero();
      assertThat(out.toString()).as(format).contains("'=HYPERLINK(").doesNotContainPattern("(^|\\t)=HYPERLINK");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyHostileInputEndsCleanly() throws IOException {
    List<Case> cases = cases();
    assertThat(cases).as("the suite covers at least 60 cases").hasSizeGreaterThanOrEqualTo(60);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private static void check(Case c) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = VsokoCli.execute(new PrintWriter(out), new PrintWriter(err), c.args().toArray(String[]::new));
    String e = err.toString();
    assertThat(code).as("exit code of %s; stderr: %s", c.args(), e).isEqualTo(c.exit());
    for (String m : c.messages()) {
      assertThat(e + out).as("what %s printed", c.args()).contains(m);
    }
    assertThat(e).as("no stack trace").doesNotContain("\tat ").doesNotContain("Caused by").doesNotContain("Exception in thread");
    assertThat(e + out).as("no control character printed").doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    c.absentOutput().ifPresent(p -> assertThat(p).as("no output left by a failure").doesNotExist());
    try (Stream<Path> left = Files.walk(dir)) {
      assertThat(left.filter(p -> p.getFileName().toString().endsWith(".part")).toList()).as("no partial files").isEmpty();
    } catch (IOException x) {
      throw new java.io.UncheckedIOException(x);
    }
  }
}
