package io.github.vsoko.analytics.audit;

import io.github.vsoko.analytics.internal.YamlDocuments;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * The components an audit looks for, as data ({@code format: vsoko-audit/1}):
 * <pre>
 * components:
 *   - id: literacy
 *     title: Показатели и процедуры оценки функциональной грамотности
 *     source: the Yeniseisk decision, раздел 2 дорожной карты
 *     requirements:
 *       - {name: показатели, pattern: 'грамотност', with: 'показател|доля', plan: LITERACY_INDICATOR}
 * </pre>
 *
 * @param components the components in order
 * @since 0.1.0
 */
public record AuditComponents(List<AuditComponent> components) {
  /** The format line. */
  public static final String FORMAT = "vsoko-audit/1";

  /** Validates: unique ids. */
  public AuditComponents {
    components = List.copyOf(components);
    Set<String> ids = new HashSet<>();
    for (AuditComponent c : components) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("component «" + c.id() + "» appears twice");
      }
    }
  }

  /** The built-in components (docs/audit.md). */
  public static AuditComponents builtIn() {
    return YamlDocuments.bundled(AuditComponents.class, "built-in-components.yaml", AuditComponents::load);
  }


  /**
   * Reads components from YAML.
   *
   * @throws IllegalArgumentException in Russian, naming the source, the component and the field
   */
  public static AuditComponents load(String source, Reader reader) {
    Map<?, ?> map = YamlDocuments.document(source, reader, FORMAT);
    List<?> list = YamlDocuments.list(map, "components", source);
    List<AuditComponent> components = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String where = source + ", компонент " + (i + 1);
      Map<?, ?> c = YamlDocuments.map(list.get(i), where);
      where += Optional.ofNullable(c.get("id")).map(id -> " («" + id + "»)").orElse("");
      List<?> reqs = YamlDocuments.list(c, "requirements", where);
      List<AuditRequirement> requirements = new ArrayList<>();
      for (int j = 0; j < reqs.size(); j++) {
        String at = where + ", требование " + (j + 1);
        if (!(reqs.get(j) instanceof Map<?, ?> r)) {
          throw new IllegalArgumentException(at + ": ожидается {name: …, pattern: …}");
        }
        List<java.util.regex.Pattern> patterns = new ArrayList<>();
        for (String key : List.of("pattern", "with")) {
          if (r.get(key) != null) {
            try {
              patterns.add(AuditRequirement.compile(r.get(key).toString()));
            } catch (PatternSyntaxException e) {
              throw new IllegalArgumentException(at + ": поле «" + key + "»: не регулярное выражение: " + e.getDescription(), e);
            }
          }
        }
        if (patterns.isEmpty()) {
          throw new IllegalArgumentException(at + ": нет поля «pattern»");
        }
        Optional<PlanCheck> plan;
        try {
          plan = Optional.ofNullable(r.get("plan")).map(p -> PlanCheck.valueOf(p.toString().strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(at + ": поле «plan»: ожидается одно из " + List.of(PlanCheck.values()), e);
        }
        requirements.add(new AuditRequirement(YamlDocuments.text(r, "name", at), patterns, plan));
      }
      components.add(new AuditComponent(YamlDocuments.text(c, "id", where), YamlDocuments.text(c, "title", where),
          c.get("source") == null ? "" : c.get("source").toString().strip(), requirements));
    }
    try {
      return new AuditComponents(components);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }


}
