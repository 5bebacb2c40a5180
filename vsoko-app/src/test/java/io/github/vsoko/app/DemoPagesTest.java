package io.github.vsoko.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.report.ReportOptions;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the demo's documents keeps its text on the page: the PDFs as vsoko writes them (PDFBox), and the DOCX
 * and XLSX as LibreOffice prints them when it is installed (`.ci/run` installs it; without it, only the PDFs are
 * checked and the test says so). Three pages are rendered to pictures for docs/images/pages (rewritten with
 * -Dvsoko.updateDocs=true).
 */
class DemoPagesTest {
  /** Text may come this close to the paper's edge, in points (2 mm), never closer nor beyond. */
  private static final float EDGE = 5.67f;

  @TempDir static Path dir;
  private static List<Path> written;

  @BeforeAll
  static void writeTheDemo() throws IOException {
    ReportFiles files = ReportFiles.discover();
    written = new DemoWorkflow(IndicatorRegistry.discover(), files).run(DemoSchool.load(), ReportOptions.defaults())
        .write(files, dir);
  }

  /** What falls outside a page: «file, page N: «text» at (x, y)». */
  private static List<String> outside(Path pdf) throws IOException {
    List<String> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        PDRectangle box = doc.getPage(p).getMediaBox();
        boolean rotated = doc.getPage(p).getRotation() % 180 != 0;
        float width = rotated ? box.getHeight() : box.getWidth();
        float height = rotated ? box.getWidth() : box.getHeight();
        int page = p + 1;
        PDFTextStripper stripper = new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition t : positions) {
              float x = t.getXDirAdj();
              float y = t.getYDirAdj();
              if (!t.getUnicode().isBlank() && (x < EDGE || x + t.getWidthDirAdj() > width - EDGE || y - t.getHeightDir() < EDGE
                  || y > height - EDGE)) {
                out.add(pdf.getFileName() + ", страница " + page + ": «" + text + "» at (" + Math.round(x) + ", "
                    + Math.round(y) + ")");
                return;
              }
            }
          }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
      }
    }
    return out;
  }

  @Test
  @DisplayName("PDF: no text beyond the page, in portrait or landscape")
  void pdfTextStaysOnThePage() throws IOException {
    List<Path> pdfs = written.stream().filter(p -> p.toString().endsWith(".pdf")).toList();
    assertThat(pdfs).hasSizeGreaterThanOrEqualTo(3);
    for (Path pdf : pdfs) {
      assertThat(outside(pdf)).as(pdf.toString()).isEmpty();
    }
  }

  @Test
  @DisplayName("DOCX and XLSX as LibreOffice prints them: no text beyond the page")
  void officeDocumentsStayOnThePage() throws Exception {
    Path soffice = office();
    if (soffice == null) {
      assertThat(System.getenv("VSOKO_REQUIRE_OFFICE")).as("VSOKO_REQUIRE_OFFICE is set but LibreOffice (soffice) is not on the PATH")
          .isNull();
      System.out.println("DemoPagesTest: LibreOffice (soffice) not found — DOCX/XLSX pages not checked");
      org.junit.jupiter.api.Assumptions.abort("LibreOffice is not installed");
    }
    List<String> checked = new ArrayList<>();
    for (String ext : List.of("docx", "xlsx")) { // one directory each: vpr.docx and vpr.xlsx both print to vpr.pdf
      List<Path> documents = written.stream().filter(p -> p.toString().endsWith("." + ext)).toList();
      Path out = dir.resolve("office-" + ext);
      Files.createDirectories(out);
      List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "-env:UserInstallation=file://"
          + dir.resolve("lo-profile").toAbsolutePath(), "--convert-to", "pdf", "--outdir", out.toString()));
      documents.forEach(d -> command.add(d.toString()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(dir.resolve("soffice-" + ext + ".log").toFile()).start();
      assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
      for (Path d : documents) {
        String name = d.getFileName().toString();
        Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertThat(pdf).as("LibreOffice printed %s", name).exists();
        assertThat(outside(pdf)).as(name).isEmpty();
        checked.add(name);
      }
    }
    assertThat(checked).contains("self-assessment.docx", "self-assessment.xlsx", "plan.docx", "vpr.docx", "vpr.xlsx");
  }

  @Test
  @DisplayName("three pages as pictures for the docs: the self-assessment's title page, a ВПР class table, the cyclogram")
  void picturesOfThreePages() throws IOException {
    record Picture(String document, int page, String name) {}
    List<Picture> pictures = List.of(new Picture("self-assessment.pdf", 1, "self-assessment-page-1.png"),
        new Picture("vpr.pdf", page("vpr.pdf", "Классы: Математика, 4 кл."), "vpr-classes.png"),
        new Picture("plan.pdf", page("plan.pdf", "фев"),
            "cyclogram.png"));
    Path docs = Path.of("..", "docs", "images", "pages");
    for (Picture p : pictures) {
      try (PDDocument doc = Loader.loadPDF(dir.resolve(p.document()).toFile())) {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(p.page() - 1, 72, ImageType.RGB);
        assertThat(image.getWidth()).isBetween(590, 850);
        if (Boolean.getBoolean("vsoko.updateDocs")) {
          Files.createDirectories(docs);
          ImageIO.write(image, "png", docs.resolve(p.name()).toFile());
        }
      }
      assertThat(docs.resolve(p.name())).as("docs/images/pages/%s (-Dvsoko.updateDocs=true writes it)", p.name()).exists();
    }
  }

  /** The first page of a PDF on which a text appears. */
  private static int page(String document, String text) throws IOException {
    try (PDDocument doc = Loader.loadPDF(dir.resolve(document).toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        if (stripper.getText(doc).contains(text)) {
          return p;
        }
      }
    }
    throw new AssertionError(document + " has no «" + text + "»");
  }

  private static Path office() {
    for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String exe : List.of("soffice", "libreoffice")) {
        Path p = Path.of(dirName, exe);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }
}
