package io.github.vsoko.analytics.gia;

import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which school subjects make up an exam's subject when the pupil has no annual mark in it (состав предмета ГИА): by
 * default «Математика» is «Алгебра» + «Геометрия» (grades 7–11 learn them apart). The annual mark an exam is compared
 * with is the pupil's mark in the exam's subject; without it, the arithmetic mean of the components' numeric marks
 * rounded half up (4 and 3 → 4, in the pupil's favour, as schools put a «математика» mark in the аттестат); one
 * component marked → that mark; none → no annual mark («нет отметки»).
 *
 * @param components the components of an exam subject, in order
 * @since 0.1.0
 */
public record AnnualMarkMapping(Map<SchoolSubject, List<SchoolSubject>> components) {
  /** Validates and copies. */
  public AnnualMarkMapping {
    Map<SchoolSubject, List<SchoolSubject>> copy = new LinkedHashMap<>();
    components.forEach((k, v) -> {
      Objects.requireNonNull(k, "subject");
      if (v.isEmpty()) {
        throw new IllegalArgumentException("«" + k + "» is made up of no subjects");
      }
      copy.put(k, List.copyOf(v));
    });
    components = java.util.Collections.unmodifiableMap(copy);
  }

  /** «Математика» = «Алгебра» + «Геометрия». */
  public static AnnualMarkMapping standard() {
    return new AnnualMarkMapping(Map.of(SchoolSubject.MATHEMATICS, List.of(SchoolSubject.ALGEBRA, SchoolSubject.GEOMETRY)));
  }

  /** No components: an exam is compared with the mark of its own subject only. */
  public static AnnualMarkMapping none() {
    return new AnnualMarkMapping(Map.of());
  }

  /**
   * Reads «Математика=Алгебра+Геометрия; Физика=Физика+Астрономия» (subjects by catalogue name or code).
   *
   * @throws IllegalArgumentException naming the part that cannot be read
   */
  public static AnnualMarkMapping parse(String text) {
    Map<SchoolSubject, List<SchoolSubject>> map = new LinkedHashMap<>();
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      String[] sides = part.split("=");
      if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
        throw new IllegalArgumentException("«" + part.strip() + "»: ожидается «Предмет=Часть+Часть»");
      }
      List<SchoolSubject> parts = new ArrayList<>();
      for (String c : sides[1].split("\\+")) {
        parts.add(subject(c));
      }
      map.put(subject(sides[0]), parts);
    }
    return new AnnualMarkMapping(map);
  }

  private static SchoolSubject subject(String name) {
    return SchoolSubject.known(name.strip())
        .orElseThrow(() -> new IllegalArgumentException("«" + name.strip() + "» не из каталога предметов"));
  }

  /** The annual mark an exam in {@code subject} is compared with, from the pupil's annual marks by subject. */
  public Optional<MarkValue> annualMark(SchoolSubject subject, Function<SchoolSubject, Optional<MarkValue>> marks) {
    Optional<MarkValue> own = marks.apply(subject);
    if (own.isPresent() || !components.containsKey(subject)) {
      return own;
    }
    int sum = 0;
    int n = 0;
    for (SchoolSubject c : components.get(subject)) {
      Optional<MarkValue> m = marks.apply(c).filter(MarkValue::isNumeric);
      if (m.isPresent()) {
        sum += m.get().points().getAsInt();
        n++;
      }
    }
    if (n == 0) {
      return Optional.empty();
    }
    int mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).intValueExact();
    return Optional.of(MarkValue.of(mean));
  }

  /** «Математика = Алгебра + Геометрия». */
  public String describe() {
    List<String> parts = new ArrayList<>();
    components.forEach((k, v) -> parts.add(k.name() + " = " + String.join(" + ", v.stream().map(SchoolSubject::name).toList())));
    return String.join("; ", parts);
  }
}
