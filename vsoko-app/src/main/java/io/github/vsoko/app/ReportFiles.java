package io.github.vsoko.app;

import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportRenderer;
import io.github.vsoko.report.ReportRenderers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one output path of vsoko (вывод отчётов): writes reports through the {@link ReportRenderer}s found, to files
 * {@code <kind>.<extension>} in a folder or to a stream. Every format is checked before anything is written, and
 * each file is written to a temporary file beside it and moved into place only when complete, so a failure
 * leaves no empty or truncated file.
 *
 * @since 0.1.0
 */
public final class ReportFiles {
  private final ReportRenderers renderers;

  /** Over the given renderers. */
  public ReportFiles(ReportRenderers renderers) {
    this.renderers = Objects.requireNonNull(renderers, "renderers");
  }

  /** Over the renderers on the class path or module path. */
  public static ReportFiles discover() {
    return new ReportFiles(ReportRenderers.discover());
  }

  /** The renderers this writes through. */
  public ReportRenderers renderers() {
    return renderers;
  }

  /** The formats available, sorted. */
  public List<String> formats() {
    return renderers.formats();
  }

  /**
   * Checks that every format has a renderer.
   *
   * @throws IllegalArgumentException naming the first unknown format and the known ones
   */
  public void check(List<String> formats) {
    for (String f : formats) {
      if (renderers.find(f.strip()).isEmpty()) {
        throw new IllegalArgumentException("неизвестный формат «" + f + "»; доступны: " + String.join(", ", formats()));
      }
    }
  }

  /** The file name a report gets in a format: {@code <kind>.<extension>}. */
  public String fileName(Report report, String format) {
    return report.kind() + "." + renderers.get(format.strip()).extension();
  }

  /**
   * Writes every report in every format into {@code dir} (created if missing) and returns the files in order.
   *
   * @throws IllegalArgumentException for an unknown format, before anything is written
   */
  public List<Path> write(List<Report> reports, List<String> formats, Path dir) throws IOException {
    check(formats);
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (Report report : reports) {
      for (String f : formats) {
        written.add(write(report, f.strip(), dir));
      }
    }
    return written;
  }

  private Path write(Report report, String format, Path dir) throws IOException {
    ReportRenderer renderer = renderers.get(format);
    Path file = dir.resolve(fileName(report, format));
    Path partial = Files.createTempFile(dir, "." + report.kind() + "-", ".part");
    try {
      try (OutputStream out = Files.newOutputStream(partial)) {
        renderer.render(report, out);
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
    return file;
  }

  /**
   * Writes a report in one format to a stream (left open), e.g. a console.
   *
   * @throws IllegalArgumentException for an unknown format
   */
  public void write(Report report, String format, OutputStream out) throws IOException {
    check(List.of(format));
    renderers.get(format.strip()).render(report, out);
  }

  /** The bytes of a report in one format. */
  public byte[] render(Report report, String format) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    write(report, format, out);
    return out.toByteArray();
  }
}
