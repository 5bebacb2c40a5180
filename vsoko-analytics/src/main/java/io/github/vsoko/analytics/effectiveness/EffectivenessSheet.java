package io.github.vsoko.analytics.effectiveness;

import io.github.vsoko.analytics.internal.YamlDocuments;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An effectiveness evaluation sheet (оценочный лист эффективности функционирования ВСОКО) as data: sections, criteria
 * with their scales, weights, evidence and sources, and the levels the total maps to.
 *
 * @param id the sheet's id («vsoko.sheet»)
 * @param title its title
 * @param sections sections in order
 * @param criteria criteria in order
 * @param levels levels, highest first; the last starts at 0 %
 * @since 0.1.0
 */
public record EffectivenessSheet(String id, String title, List<SheetSection> sections, List<SheetCriterion> criteria,
    List<SheetLevel> levels) {
  /** The format line of a sheet document. */
  public static final String FORMAT = "vsoko-sheet/1";

  /** Validates: unique criterion ids, known sections, levels down to 0 %. */
  public EffectivenessSheet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    sections = List.copyOf(sections);
    criteria = List.copyOf(criteria);
    levels = levels.stream().sorted(Comparator.comparing(SheetLevel::fromPercent).reversed()).toList();
    Set<String> ids = new HashSet<>();
    Set<String> codes = new HashSet<>();
    sections.forEach(s -> codes.add(s.code()));
    for (SheetCriterion c : criteria) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("criterion «" + c.id() + "» appears twice");
      }
      if (!codes.contains(c.section())) {
        throw new IllegalArgumentException("criterion «" + c.id() + "» names an unknown section «" + c.section() + "»");
      }
    }
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException("a sheet needs at least one criterion");
    }
    if (levels.isEmpty() || levels.get(levels.size() - 1).fromPercent().signum() != 0) {
      throw new IllegalArgumentException("the levels must include one from 0 %");
    }
  }

  /** The most the weighted total can be. */
  public int maxTotal() {
    return criteria.stream().mapToInt(c -> c.maxScore() * c.weight()).sum();
  }

  /** A criterion by id. */
  public Optional<SheetCriterion> criterion(String criterionId) {
    return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
  }

  /** The level of a percentage of the maximum. */
  public SheetLevel level(BigDecimal percent) {
    return levels.stream().filter(l -> percent.compareTo(l.fromPercent()) >= 0).findFirst().orElse(levels.get(levels.size() - 1));
  }

  /** The built-in sheet (docs/effectiveness.md). */
  public static EffectivenessSheet builtIn() {
    return YamlDocuments.bundled(EffectivenessSheet.class, "built-in-sheet.yaml", EffectivenessSheet::load);
  }


  /**
   * Reads a sheet from YAML ({@code format: vsoko-sheet/1}; see the built-in sheet for the fields).
   *
   * @throws IllegalArgumentException in Russian, naming the source, the section or criterion and the field
   */
  public static EffectivenessSheet load(String source, Reader reader) {
    Map<?, ?> root = YamlDocuments.document(source, reader, FORMAT);
    List<SheetLevel> levels = new ArrayList<>();
    List<?> levelList = YamlDocuments.list(root, "levels", source);
    for (int i = 0; i < levelList.size(); i++) {
      String where = source + ", уровень " + (i + 1);
      Map<?, ?> l = YamlDocuments.map(levelList.get(i), where);
      int from = YamlDocuments.integer(l, "from", where).orElseThrow(() -> new IllegalArgumentException(where + ": нет поля «from»"));
      levels.add(new SheetLevel(BigDecimal.valueOf(from), YamlDocuments.text(l, "name", where), YamlDocuments.text(l, "conclusion", where)));
    }
    List<SheetSection> sections = new ArrayList<>();
    List<SheetCriterion> criteria = new ArrayList<>();
    List<?> sectionList = YamlDocuments.list(root, "sections", source);
    for (int i = 0; i < sectionList.size(); i++) {
      String where = source + ", раздел " + (i + 1);
      Map<?, ?> s = YamlDocuments.map(sectionList.get(i), where);
      SheetSection section = new SheetSection(YamlDocuments.text(s, "code", where), YamlDocuments.text(s, "title", where));
      sections.add(section);
      List<?> cs = YamlDocuments.list(s, "criteria", where);
      for (int j = 0; j < cs.size(); j++) {
        Map<?, ?> c = YamlDocuments.map(cs.get(j), where + ", критерий " + (j + 1));
        String at = where + ", критерий " + YamlDocuments.optionalText(c, "id").orElse(Integer.toString(j + 1));
        try {
          List<Integer> scores = List.of(0, 1, 2);
          if (c.get("scores") != null) {
            scores = new ArrayList<>();
            for (Object o : YamlDocuments.list(c, "scores", at)) {
              try {
                scores.add(Integer.parseInt(o.toString().strip()));
              } catch (NumberFormatException e) {
                throw new IllegalArgumentException("«scores»: ожидаются целые числа, получено «" + o + "»", e);
              }
            }
          }
          Optional<AutoCheck> auto = YamlDocuments.optionalText(c, "auto").map(a -> {
            try {
              return AutoCheck.valueOf(a.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException("«auto»: неизвестная автоматическая проверка «" + a + "»; известны "
                  + List.of(AutoCheck.values()), e);
            }
          });
          criteria.add(new SheetCriterion(YamlDocuments.text(c, "id", at), section.code(), YamlDocuments.text(c, "title", at), scores,
              YamlDocuments.integer(c, "weight", at).orElse(1), YamlDocuments.optionalText(c, "evidence").orElse(""),
              YamlDocuments.optionalText(c, "source").orElse(""), auto));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(e.getMessage().startsWith(source) ? e.getMessage() : at + ": " + e.getMessage(), e);
        }
      }
    }
    try {
      return new EffectivenessSheet(YamlDocuments.text(root, "id", source), YamlDocuments.text(root, "title", source), sections, criteria,
          levels);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage().startsWith(source) ? e.getMessage() : source + ": " + e.getMessage(), e);
    }
  }
}
