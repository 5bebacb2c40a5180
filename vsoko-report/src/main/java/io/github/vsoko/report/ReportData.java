package io.github.vsoko.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Machine-readable data a report may carry (данные для машинной обработки): a tree of objects, arrays,
 * texts, exact numbers, booleans and nulls. The JSON renderer writes a report that carries data as
 * that data, in its own fixed, documented schema (the ВПР study, attestation, ГИА tables), instead of
 * the generic document tree. Keys keep their insertion order, so output is byte-for-byte stable.
 *
 * @since 0.1.0
 */
public sealed interface ReportData {
  /** An object with keys in order. */
  record Obj(Map<String, ReportData> fields) implements ReportData {
    /** Copies, keeping the order (unmodifiable). */
    public Obj {
      fields = OrderedFields.copyOf(fields);
    }
  }

  /** An array. */
  record Arr(List<ReportData> items) implements ReportData {
    /** Copies. */
    public Arr {
      items = List.copyOf(items);
    }
  }

  /** A text. */
  record Text(String value) implements ReportData {
    /** Validates. */
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /** An exact number, written as a JSON number. */
  record Num(BigDecimal value) implements ReportData {
    /** Validates. */
    public Num {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A boolean. */
  record Bool(boolean value) implements ReportData {}

  /** A missing value (JSON {@code null}; «нет данных» in documents). */
  record Null() implements ReportData {}

  /** The null value. */
  static ReportData nothing() {
    return new Null();
  }

  /** A text. */
  static ReportData of(String value) {
    return new Text(value);
  }

  /** A whole number. */
  static ReportData of(long value) {
    return SmallNumbers.of(value);
  }

  /** An exact number, or null. */
  static ReportData of(BigDecimal value) {
    return value == null ? new Null() : new Num(value);
  }

  /** A boolean. */
  static ReportData of(boolean value) {
    return new Bool(value);
  }

  /** An array. */
  static ReportData array(List<ReportData> items) {
    return new Arr(items);
  }

  /** A builder of an object. */
  static ObjectBuilder object() {
    return new ObjectBuilder();
  }

  /** Builds an {@link Obj} key by key, in order. */
  final class ObjectBuilder {
    private final List<String> keys = new java.util.ArrayList<>();
    private final List<ReportData> values = new java.util.ArrayList<>();
    private java.util.Set<String> index; // only for large objects: small ones are checked by a scan

    private ObjectBuilder() {}

    /** Adds a field (replacing none: a key given twice is a programming error). */
    public ObjectBuilder put(String key, ReportData value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, key);
      if (contains(key)) {
        throw new IllegalArgumentException("key «" + key + "» given twice");
      }
      keys.add(key);
      values.add(value);
      if (index != null) {
        index.add(key);
      }
      return this;
    }

    private boolean contains(String key) {
      if (index == null && keys.size() >= 16) {
        index = new java.util.HashSet<>(keys);
      }
      return index != null ? index.contains(key) : keys.contains(key);
    }

    /** Adds a text field. */
    public ObjectBuilder put(String key, String value) {
      return put(key, ReportData.of(value));
    }

    /** Adds a whole-number field. */
    public ObjectBuilder put(String key, long value) {
      return put(key, ReportData.of(value));
    }

    /** Adds a number field, null if absent. */
    public ObjectBuilder put(String key, BigDecimal value) {
      return put(key, ReportData.of(value));
    }

    /** Adds a boolean field. */
    public ObjectBuilder put(String key, boolean value) {
      return put(key, ReportData.of(value));
    }

    /** The object. */
    public Obj build() {
      return new Obj(OrderedFields.of(keys, values));
    }
  }
}
