package io.github.vsoko.app;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportRenderer;
import io.github.vsoko.report.ReportRenderers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    List<Map.Entry<Report, String>> renditions = new java.util.ArrayList<>();
    for (Report report : reports) {
      for (String f : formats) {
        renditions.add(Map.entry(report, f.strip()));
      }
    }
    return write(renditions, dir);
  }

  /**
   * Writes each report in its format into {@code dir}, rendering on all cores (each file alone, so the bytes are those
   * of a sequential run) and moving the files in only when every one is complete.
   */
  /** How long a format takes to render, relatively (measured on the demo): PDF, then DOCX, then XLSX, then text. */
  private static int cost(String format) {
    return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "pdf" -> 3;
      case "docx" -> 2;
      case "xlsx" -> 1;
      default -> 0;
    };
  }

  List<Path> write(List<Map.Entry<Report, String>> renditions, Path dir) throws IOException {
    check(renditions.stream().map(Map.Entry::getValue).toList());
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ProblemException(List.of(Problem.ofFile(dir.toString(), "это файл, а ожидается папка для отчётов")));
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new ProblemException(List.of(Problem.ofFile(dir.toString(), "папку для отчётов не создать ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")")));
    }
    // every file is rendered beside its place first; only when all are complete are they moved in, so a failure
    // in one format leaves neither an empty nor a cut file, nor half a set
    Map<Path, Path> partials = new LinkedHashMap<>();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), renditions.size())));
    try {
      List<Path[]> places = new java.util.ArrayList<>();
      for (Map.Entry<Report, String> r : renditions) {
        Path file = dir.resolve(fileName(r.getKey(), r.getValue()));
        Path partial = partial(dir, r.getKey());
        partials.put(file, partial);
        places.add(new Path[] {file, partial});
      }
      // the slowest formats start first, so the set is not left waiting on one late PDF (results stay in order)
      List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>(java.util.Collections.nCopies(
          renditions.size(), (java.util.concurrent.Future<?>) null));
      java.util.stream.IntStream.range(0, renditions.size()).boxed()
          .sorted(java.util.Comparator.comparingInt(i -> -cost(renditions.get(i).getValue())))
          .forEach(i -> {
            Map.Entry<Report, String> r = renditions.get(i);
            running.set(i, pool.submit(() -> {
              render(r.getKey(), r.getValue(), places.get(i)[0], places.get(i)[1]);
              return null;
            }));
          });
      for (java.util.concurrent.Future<?> f : running) { // the first failure in order is the one reported
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("отчёты не записаны: прервано");
        } catch (java.util.concurrent.ExecutionException e) {
          running.forEach(other -> other.cancel(true));
          if (e.getCause() instanceof IOException io) {
            throw io;
          }
          if (e.getCause() instanceof RuntimeException re) {
            throw re;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
      for (Map.Entry<Path, Path> e : partials.entrySet()) {
        Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      pool.shutdownNow();
      try {
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES); // nothing writes a partial file once we delete it
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      for (Path partial : partials.values()) {
        Files.deleteIfExists(partial);
      }
    }
    return List.copyOf(partials.keySet());
  }

  private static Path partial(Path dir, Report report) {
    try {
      return Files.createTempFile(dir, "." + report.kind() + "-", ".part");
    } catch (IOException e) {
      throw new ProblemException(List.of(Problem.ofFile(dir.toString(), "в папку не записать ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")")));
    }
  }

  private void render(Report report, String format, Path file, Path partial) throws IOException {
    ReportRenderer renderer = renderers.get(format);
    try (OutputStream out = Files.newOutputStream(partial)) {
      renderer.render(report, out);
    } catch (RuntimeException e) {
      throw new ProblemException(Problem.ofFile(file.toString(), "отчёт «" + report.title() + "» в формате " + format
          + " не записан: " + e.getMessage() + "; ни один файл набора не изменён"), e);
    }
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
