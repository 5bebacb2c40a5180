package io.github.vsoko.io;

import io.github.vsoko.model.problem.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.analytics.audit.AuditComponents;
import io.github.vsoko.analytics.audit.AuditResult;
import io.github.vsoko.analytics.audit.RegulationAudit;
import io.github.vsoko.analytics.audit.RegulationText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regulations read from text, DOCX and HTML give the same audit. */
class RegulationDocumentsTest {
  @TempDir Path dir;

  static List<String> school29() throws IOException {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path seeds = d.resolve("shared/seeds");
      if (Files.isDirectory(seeds)) {
        try (Stream<Path> files = Files.list(seeds)) {
          return Files.readAllLines(files.filter(f -> f.getFileName().toString().startsWith("004_")).findFirst().orElseThrow());
        }
      }
    }
    throw new AssertionError("shared/seeds not found");
  }

  private static String statuses(RegulationText text) {
    AuditResult r = RegulationAudit.audit(AuditComponents.builtIn(), "s", text, Optional.empty());
    return r.components().stream().map(c -> c.component().id() + c.status().mark()).collect(Collectors.joining(" "));
  }

  @Test
  void textDocxAndHtmlOfSchool29RegulationAuditTheSame() throws IOException {
    List<String> lines = school29();
    String expected = "normative+ goals+ principles+ subjects+ areas+ procedures+ documents+ usage+ literacy−";
    Path txt = dir.resolve("положение.txt");
    Files.write(txt, String.join("\n", lines).getBytes(TextEncoding.WINDOWS_1251));
    RegulationText fromTxt = RegulationDocuments.read(txt);
    assertThat(fromTxt.paragraphs()).contains("3. Принципы ВСОКО");
    assertThat(statuses(fromTxt)).isEqualTo(expected);

    Path docx = dir.resolve("положение.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
      for (String line : lines) {
        if (line.contains("\t")) { // the plan's rows become a table
          XWPFTable t = doc.createTable(1, line.split("\t", -1).length);
          String[] cells = line.split("\t", -1);
          for (int i = 0; i < cells.length; i++) {
            t.getRow(0).getCell(i).setText(cells[i]);
          }
        } else {
          doc.createParagraph().createRun().setText(line);
        }
      }
      doc.write(out);
    }
    RegulationText fromDocx = RegulationDocuments.read(docx);
    assertThat(statuses(fromDocx)).isEqualTo(expected);
    assertThat(fromDocx.paragraphs()).anyMatch(p -> p.startsWith("Качество образовательных результатов"));

    Path html = dir.resolve("vsoko.html");
    Files.writeString(html, lines.stream().map(l -> "<p>" + l.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
        .collect(Collectors.joining("\n", "<html><body><nav>Меню: принципы ВСОКО</nav><main>", "</main></body></html>")),
        StandardCharsets.UTF_8);
    assertThat(statuses(RegulationDocuments.read(html))).isEqualTo(expected);
  }

  @Test
  void unreadableDocumentsAreNamed() throws IOException {
    Path doc = Files.write(dir.resolve("old.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    assertThatThrownBy(() -> RegulationDocuments.read(doc)).isInstanceOf(ProblemException.class)
        .hasMessageContaining("old.doc").hasMessageContaining(".doc) не читается");
    Path fake = Files.writeString(dir.resolve("fake.docx"), "не архив");
    assertThatThrownBy(() -> RegulationDocuments.read(fake)).isInstanceOf(ProblemException.class).hasMessageContaining("fake.docx");
    assertThatThrownBy(() -> RegulationDocuments.read(dir.resolve("none.txt"))).isInstanceOf(ProblemException.class)
        .hasMessageContaining("none.txt").hasMessageContaining("нет файла");
  }
}
