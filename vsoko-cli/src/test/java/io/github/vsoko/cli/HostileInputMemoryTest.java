package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that would exhaust memory, each read by the command line in a child JVM with a small heap: the run ends with
 * a located message and exit 1, never an {@code OutOfMemoryError} or a stack trace; and a million marks import within
 * {@code -Xmx512m}.
 */
class HostileInputMemoryTest {
  @TempDir Path dir;

  /** The command line in a child JVM with {@code heap}; returns exit code and stderr. */
  private static Result vsoko(String heap, Path workDir, String... args) throws IOException, InterruptedException {
    return vsoko(java.util.Map.of(), heap, workDir, args);
  }

  private static Result vsoko(java.util.Map<String, String> env, String heap, Path workDir, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "io.github.vsoko.cli.VsokoCli"));
    command.addAll(List.of(args));
    Path err = workDir.resolve("stderr-" + System.nanoTime() + ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
    builder.environment().putAll(env);
    Process p = builder.start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Result(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  record Result(int exit, String stderr) {
    void isALocatedFailure(String... messages) {
      assertThat(exit).as(stderr).isEqualTo(VsokoCli.EXIT_DATA);
      assertThat(stderr).contains(messages).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    }
  }

  @Test
  void anEndlessDeviceAsDataIsRefusedAtTheLimit() throws Exception {
    vsoko("128m", dir, "evaluate", "--data", "/dev/zero").isALocatedFailure("/dev/zero, строка 1");
    vsoko("128m", dir, "audit", "--regulation", "/dev/zero", "--out", dir.resolve("z").toString())
        .isALocatedFailure("/dev/zero: файл слишком большой: ожидается не больше 32 МБ");
  }

  @Test
  void aThreeGigabyteRegulationIsRefusedBeforeItIsRead() throws Exception {
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(3L << 30); // sparse: nothing is written to disk
    }
    vsoko("128m", dir, "audit", "--regulation", huge.toString(), "--out", dir.resolve("o").toString())
        .isALocatedFailure("huge.txt", "файл слишком большой (3072 МБ)");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void aDocxWhoseDocumentPartInflatesTo95MegabytesIsRefused() throws Exception {
    Path docx = dir.resolve("big.docx");
    try (OutputStream file = Files.newOutputStream(docx); ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
          .getBytes(StandardCharsets.UTF_8));
      byte[] paragraph = "<w:p><w:r><w:t>Положение о ВСОКО</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 95L << 20; written += paragraph.length) {
        zip.write(paragraph);
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }
    vsoko("256m", dir, "audit", "--regulation", docx.toString(), "--out", dir.resolve("o").toString())
        .isALocatedFailure("big.docx", "«word/document.xml» распаковывается в слишком большой объём");
  }

  @Test
  void aMillionMarksImportWithinHalfAGigabyte() throws Exception {
    Files.writeString(dir.resolve("Организация.csv"), "Идентификатор;Краткое наименование;Полное наименование;Вид;Отчётный год\n"
        + "sch;МБОУ СОШ № 1;МБОУ СОШ № 1;общеобразовательная;2024\n", StandardCharsets.UTF_8);
    String[] subjects = {"Русский язык", "Математика", "История", "Литература", "Физика", "Химия", "Биология", "География",
        "Информатика", "Английский язык"};
    String[][] quarters = {{"01.09.2023", "27.10.2023"}, {"06.11.2023", "29.12.2023"}, {"09.01.2024", "22.03.2024"},
        {"01.04.2024", "24.05.2024"}};
    try (var students = Files.newBufferedWriter(dir.resolve("Учащиеся.csv"));
        var marks = Files.newBufferedWriter(dir.resolve("Отметки.csv"))) {
      students.write("Идентификатор учащегося;Класс;Уровень;Дата зачисления;Дата выбытия\n");
      marks.write("Идентификатор учащегося;Предмет;Учебный год;Период;Номер периода;Начало периода;Конец периода;Отметка\n");
      for (int i = 0; i < 25_000; i++) {
        students.write("s" + i + ";" + (5 + i % 7) + "А;;01.09.2020;\n");
        for (String subject : subjects) {
          for (int q = 0; q < 4; q++) {
            marks.write("s" + i + ";" + subject + ";2023/2024;четверть;" + (q + 1) + ";" + quarters[q][0] + ";" + quarters[q][1]
                + ";" + (2 + (i + q) % 4) + "\n");
          }
        }
      }
    }
    Result r = vsoko("512m", dir, "-q", "import", "--in", "Организация.csv", "--in", "Учащиеся.csv", "--in", "Отметки.csv",
        "--academic-year", "2023/2024", "--out", "school.json");
    assertThat(r.exit()).as(r.stderr()).isZero();
    assertThat(r.stderr()).doesNotContain("OutOfMemoryError");
    try (var lines = Files.lines(dir.resolve("school.json"))) {
      assertThat(lines.filter(l -> l.contains("\"value\" : \"")).count()).as("marks written").isEqualTo(1_000_000);
    }
  }

  @Test
  void aCyrillicFileNameUnderAPosixLocaleIsExplained() throws Exception {
    Result r = vsoko(java.util.Map.of("LC_ALL", "C", "LANG", "C"), "128m", dir, "evaluate", "--data", "школа.json");
    assertThat(r.exit()).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(r.stderr()).contains("имя файла не передаётся в кодировке системы", "LANG=C.UTF-8").doesNotContain("\tat ");
  }

  @Test
  void aLibrarysLoggedStackTraceIsNotPrinted() throws Exception {
    // POI refuses a DOCTYPE in docProps/core.xml and logs it with a stack trace; the user sees one located line
    Path docx = dir.resolve("props.docx");
    io.github.vsoko.report.Report report = new io.github.vsoko.report.Report("r", "Положение о ВСОКО", java.util.Optional.empty(),
        java.util.Optional.empty(), List.of(io.github.vsoko.report.Paragraph.text("Положение о ВСОКО")),
        java.time.LocalDate.of(2025, 1, 1), io.github.vsoko.report.Language.RU);
    byte[] original = io.github.vsoko.app.ReportFiles.discover().render(report, "docx");
    try (OutputStream file = Files.newOutputStream(docx); ZipOutputStream zip = new ZipOutputStream(file);
        java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(original))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (e.getName().equals("docProps/core.xml")) {
          content = content.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>");
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
      }
    }
    Result r = vsoko("128m", dir, "audit", "--regulation", docx.toString(), "--out", dir.resolve("o").toString());
    assertThat(r.stderr()).doesNotContain("\tat ").doesNotContain("SAXParseException");
  }
}
