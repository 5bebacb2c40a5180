package io.github.vsoko.report;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a {@link ReportData.Obj}: keys and values in two arrays, in insertion order, unmodifiable. A region's
 * ВПР study carries hundreds of thousands of small objects; a linked hash map per object was most of its memory.
 */
final class OrderedFields extends AbstractMap<String, ReportData> {
  private final String[] keys;
  private final ReportData[] values;

  private OrderedFields(String[] keys, ReportData[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** The fields of a builder: its keys (distinct) and values, in order, copied. */
  static Map<String, ReportData> of(java.util.List<String> keys, java.util.List<ReportData> values) {
    return new OrderedFields(keys.toArray(String[]::new), values.toArray(ReportData[]::new));
  }

  /** A copy of {@code fields} in its iteration order (itself when it is already one). */
  static Map<String, ReportData> copyOf(Map<String, ReportData> fields) {
    if (fields instanceof OrderedFields same) {
      return same;
    }
    String[] k = new String[fields.size()];
    ReportData[] v = new ReportData[fields.size()];
    int i = 0;
    for (Map.Entry<String, ReportData> e : fields.entrySet()) {
      k[i] = Objects.requireNonNull(e.getKey(), "key");
      v[i] = e.getValue();
      i++;
    }
    return new OrderedFields(k, v);
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return index(key) >= 0;
  }

  @Override
  public ReportData get(Object key) {
    int i = index(key);
    return i >= 0 ? values[i] : null;
  }

  private int index(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Map.Entry<String, ReportData>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, ReportData>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, ReportData> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, ReportData> e = new SimpleImmutableEntry<>(keys[next], values[next]);
            next++;
            return e;
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
