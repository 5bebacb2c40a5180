package io.github.vsoko.indicators.effectiveness;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reading the sheet's YAML documents with errors naming the source and the place, in Russian. */
final class YamlFields {
  private YamlFields() {}

  static Map<?, ?> document(String source, Reader reader, String format) {
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (YAMLException e) {
      throw new IllegalArgumentException(source + ": не YAML: " + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> map) || !format.equals(String.valueOf(map.get("format")))) {
      throw new IllegalArgumentException(source + ": ожидается документ с «format: " + format + "»");
    }
    return map;
  }

  static String text(Map<?, ?> m, String field, String where) {
    return optionalText(m, field).orElseThrow(() -> new IllegalArgumentException(where + ": нет поля «" + field + "»"));
  }

  static Optional<String> optionalText(Map<?, ?> m, String field) {
    Object v = m.get(field);
    return v == null || v.toString().isBlank() ? Optional.empty() : Optional.of(v.toString().strip());
  }

  static Optional<Integer> integer(Map<?, ?> m, String field, String where) {
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

  static List<?> list(Map<?, ?> m, String field, String where) {
    Object v = m.get(field);
    if (!(v instanceof List<?> l)) {
      throw new IllegalArgumentException(where + ": «" + field + "» должен быть списком");
    }
    return l;
  }

  static Map<?, ?> map(Object v, String where) {
    if (!(v instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(where + ": ожидается отображение полей");
    }
    return m;
  }
}
