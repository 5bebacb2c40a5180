package io.github.vsoko.analytics.internal;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reading the YAML documents of the built-in data (sheets, answers, scales, audit components) with errors naming the source and the place, in Russian. */
public final class YamlDocuments {
  private YamlDocuments() {}

  /** The root mapping of a document with the given {@code format} line. */
  public static Map<?, ?> document(String source, Reader reader, String format) {
    Object root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false); // a key given twice is an error naming its line, never «the last one wins»
      root = new Yaml(new SafeConstructor(options)).load(reader);
    } catch (YAMLException e) {
      throw new IllegalArgumentException(source + ": не YAML: " + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> map) || !format.equals(String.valueOf(map.get("format")))) {
      throw new IllegalArgumentException(source + ": ожидается документ с «format: " + format + "»");
    }
    return map;
  }

  /** A required text field. */
  public static String text(Map<?, ?> m, String field, String where) {
    return optionalText(m, field).orElseThrow(() -> new IllegalArgumentException(where + ": нет поля «" + field + "»"));
  }

  /** An optional text field (blank counts as absent). */
  public static Optional<String> optionalText(Map<?, ?> m, String field) {
    Object v = m.get(field);
    return v == null || v.toString().isBlank() ? Optional.empty() : Optional.of(v.toString().strip());
  }

  /** An optional whole number. */
  public static Optional<Integer> integer(Map<?, ?> m, String field, String where) {
    Object v = m.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Integer i) {
      return Optional.of(i);
    }
    try {
      return Optional.of(Integer.parseInt(v.toString().strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": поле «" + field + "»: ожидается целое число, получено «" + v + "»", e);
    }
  }

  /** A required list field. */
  public static List<?> list(Map<?, ?> m, String field, String where) {
    Object v = m.get(field);
    if (!(v instanceof List<?> l)) {
      throw new IllegalArgumentException(where + ": «" + field + "» должен быть списком");
    }
    return l;
  }

  /** A value that must be a mapping. */
  public static Map<?, ?> map(Object v, String where) {
    if (!(v instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(where + ": ожидается отображение полей");
    }
    return m;
  }

  /**
   * Loads a document bundled beside {@code owner} (a resource of its package) with the owner's loader.
   *
   * @throws IllegalStateException if the resource is missing from the jar
   */
  public static <T> T bundled(Class<?> owner, String name, java.util.function.BiFunction<String, Reader, T> load) {
    try (java.io.InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from vsoko-analytics");
      }
      return load.apply(name, new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
