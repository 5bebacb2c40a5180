package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the self-assessment HTML in headless Chromium (Debian's {@code chromium}, which
 * {@code .ci/run} installs) and checks the PNG is the size asked for and not blank. With
 * -Dvsoko.updateDocs=true the PNG is copied to docs/images for the README. Without Chromium the test
 * is skipped, unless VSOKO_REQUIRE_CHROMIUM is set (as CI sets it), when it fails.
 */
class HtmlScreenshotTest {
  private static final int WIDTH = 1000;
  private static final int HEIGHT = 1400;

  @TempDir Path dir;

  private static Optional<Path> chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String p : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(p, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void theSelfAssessmentRendersInABrowser() throws IOException, InterruptedException {
    Optional<Path> browser = chromium();
    if (System.getenv("VSOKO_REQUIRE_CHROMIUM") == null) {
      Assumptions.assumeTrue(browser.isPresent(), "Chromium is not installed; .ci/run installs it");
    }
    assertThat(browser).as("chromium on PATH (VSOKO_REQUIRE_CHROMIUM is set)").isPresent();
    Path html = dir.resolve("self-assessment.html");
    try (OutputStream out = Files.newOutputStream(html)) {
      ReportRenderers.discover().get("html").render(Reports.selfAssessment(), out);
    }
    Path png = dir.resolve("self-assessment.png");
    Process p = new ProcessBuilder(browser.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--hide-scrollbars", "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"),
        "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png, html.toUri().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(png).as(Files.readString(dir.resolve("chromium.log"))).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    long dark = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        int lum = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
        if (lum < 384) {
          dark++;
        }
      }
    }
    assertThat(dark).as("text drawn").isGreaterThan(5_000);
    assertThat(colours.size()).as("not a flat image").isGreaterThan(20);
    if (Boolean.getBoolean("vsoko.updateDocs")) {
      Path target = Path.of("..", "docs", "images", "self-assessment.png");
      Files.createDirectories(target.getParent());
      Files.copy(png, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.count()).isGreaterThan(1);
    }
  }
}
