package io.github.vsoko.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The renderers available, by format: those found by {@link ServiceLoader} plus any given. Built-in:
 * html, md, csv, json, xlsx, docx, pdf.
 *
 * @since 0.1.0
 */
public final class ReportRenderers {
  private final Map<String, ReportRenderer> byFormat;

  private ReportRenderers(Map<String, ReportRenderer> byFormat) {
    this.byFormat = byFormat;
  }

  /**
   * The renderers on the module path or class path of this module's loader and, when it is set, through the
   * thread context class loader (a host's plugin jars); a renderer class seen through both is taken once.
   */
  public static ReportRenderers discover() {
    return discover(Thread.currentThread().getContextClassLoader());
  }

  /** The renderers found through this module's loader and through {@code loader} (may be {@code null}). */
  public static ReportRenderers discover(ClassLoader loader) {
    ClassLoader own = ReportRenderer.class.getClassLoader();
    Map<Class<?>, ServiceLoader.Provider<ReportRenderer>> found = new LinkedHashMap<>();
    for (ClassLoader l : loader == null || loader == own ? List.of(own) : List.of(own, loader)) {
      ServiceLoader.load(ReportRenderer.class, l).stream().forEach(p -> found.putIfAbsent(p.type(), p));
    }
    return of(found.values().stream().map(ServiceLoader.Provider::get).toList());
  }

  /**
   * The given renderers.
   *
   * @throws IllegalArgumentException if two renderers claim one format
   */
  public static ReportRenderers of(List<ReportRenderer> renderers) {
    Map<String, ReportRenderer> map = new LinkedHashMap<>();
    for (ReportRenderer r : renderers) {
      ReportRenderer previous = map.putIfAbsent(r.format(), r);
      if (previous != null) {
        throw new IllegalArgumentException("two renderers for format «" + r.format() + "»: " + previous.getClass().getName()
            + " and " + r.getClass().getName());
      }
    }
    return new ReportRenderers(map);
  }

  /** A registry with one more renderer (replacing none). */
  public ReportRenderers with(ReportRenderer renderer) {
    List<ReportRenderer> all = new ArrayList<>(byFormat.values());
    all.add(renderer);
    return of(all);
  }

  /** The formats, sorted. */
  public List<String> formats() {
    return byFormat.keySet().stream().sorted().toList();
  }

  /** The renderer of a format. */
  public Optional<ReportRenderer> find(String format) {
    return Optional.ofNullable(byFormat.get(format));
  }

  /**
   * The renderer of a format.
   *
   * @throws IllegalArgumentException naming the known formats if there is none
   */
  public ReportRenderer get(String format) {
    return find(format).orElseThrow(() -> new IllegalArgumentException(
        "unknown report format «" + format + "»; known: " + String.join(", ", formats())));
  }

  /** Writes {@code dir/<kind>.<extension>} and returns its path. */
  public Path write(Report report, String format, Path dir) throws IOException {
    ReportRenderer renderer = get(format);
    Files.createDirectories(dir);
    Path file = dir.resolve(report.kind() + "." + renderer.extension());
    try (OutputStream out = Files.newOutputStream(file)) {
      renderer.render(report, out);
    }
    return file;
  }
}
