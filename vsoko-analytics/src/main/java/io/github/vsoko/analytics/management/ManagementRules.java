package io.github.vsoko.analytics.management;

import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.framework.Responsible;
import io.github.vsoko.model.framework.Role;
import io.github.vsoko.analytics.internal.YamlDocuments;
import io.github.vsoko.model.management.ControlIndicator;
import io.github.vsoko.model.management.Direction;
import io.github.vsoko.model.management.Finding;
import io.github.vsoko.model.management.OrganizationAddressee;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.management.RoleAddressee;
import io.github.vsoko.model.management.Severity;
import io.github.vsoko.indicators.RussianFormat;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A list of management rules, written as YAML ({@code format: vsoko-rules/1}, see docs/management.md),
 * applied to measurements to give findings and draft addressed recommendations.
 *
 * @since 0.1.0
 */
public final class ManagementRules {
  private final List<ManagementRule> rules;

  private ManagementRules(List<ManagementRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The given rules (ids must be unique). */
  public static ManagementRules of(List<ManagementRule> rules) {
    Set<String> ids = new HashSet<>();
    for (ManagementRule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("rule id «" + r.id() + "» appears twice");
      }
    }
    return new ManagementRules(rules);
  }

  /** The rules. */
  public List<ManagementRule> rules() {
    return rules;
  }

  /** The built-in rules: the measures of the source documents on the signals of docs/management.md. */
  public static ManagementRules builtIn() {
    return YamlDocuments.bundled(ManagementRules.class, "built-in-rules.yaml", ManagementRules::load);
  }


  /**
   * Reads rules from YAML.
   *
   * @throws IllegalArgumentException naming the source, the rule and the field
   */
  public static ManagementRules load(String source, Reader reader) {
    Map<?, ?> map = YamlDocuments.document(source, reader, "vsoko-rules/1");
    List<?> list = YamlDocuments.list(map, "rules", source);
    List<ManagementRule> rules = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Map<?, ?> r = YamlDocuments.map(list.get(i), source + ", правило " + (i + 1));
      String where = source + ", правило " + (i + 1) + Optional.ofNullable(r.get("id")).map(id -> " («" + id + "»)").orElse("");
      try {
        rules.add(new ManagementRule(YamlDocuments.text(r, "id", where), YamlDocuments.text(r, "metric", where), number(r, "below", where),
            number(r, "above", where), YamlDocuments.text(r, "finding", where),
            Severity.valueOf(YamlDocuments.text(r, "severity", where).toUpperCase(Locale.ROOT)), YamlDocuments.text(r, "addressee", where),
            YamlDocuments.text(r, "action", where), YamlDocuments.text(r, "responsible", where), YamlDocuments.text(r, "deadline", where),
            Direction.valueOf(YamlDocuments.text(r, "direction", where).toUpperCase(Locale.ROOT)),
            number(r, "minSample", where).map(n -> {
              if (n.scale() > 0 && n.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException(where + ": поле «minSample»: ожидается целое число, получено «" + n + "»");
              }
              return n.intValueExact();
            }).orElse(0)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(e.getMessage().startsWith(source) ? e.getMessage() : where + ": " + e.getMessage(), e);
      }
    }
    return of(rules);
  }

  private static Optional<BigDecimal> number(Map<?, ?> r, String field, String where) {
    Object v = r.get(field);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(v.toString().strip().replace(',', '.')));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": поле «" + field + "»: ожидается число, получено «" + v + "»", e);
    }
  }

  /**
   * Applies the rules: for every rule whose measurement exists, rests on at least its {@code minSample} participants
   * and fires, a finding and a draft recommendation to the organization and the rule's addressee, with the finding's
   * words, the measurement as the control indicator's baseline and the threshold as its target. Of two rules firing
   * on the same measurement from the same side only the stronger threshold's finding is kept (no double findings);
   * a rule left out for a small sample is said in {@link ManagementOutcome#notes()}.
   */
  public ManagementOutcome apply(Measurements m, LocalDate on) {
    List<ManagementRule> fired = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (ManagementRule rule : rules) {
      Optional<BigDecimal> value = m.value(rule.metric());
      if (value.isEmpty() || !rule.firesFor(value.get())) {
        continue;
      }
      java.util.OptionalLong sample = m.sample(rule.metric());
      if (rule.minSample() > 0 && (sample.isEmpty() || sample.getAsLong() < rule.minSample())) {
        notes.add("правило «" + rule.id() + "» не применено: " + rule.metric() + " = "
            + RussianFormat.number(value.get().stripTrailingZeros()) + " по " + (sample.isEmpty() ? "неизвестному числу"
            : sample.getAsLong()) + " участникам, нужно не менее " + rule.minSample());
        continue;
      }
      fired.add(rule);
    }
    List<Finding> findings = new ArrayList<>();
    List<Recommendation> recommendations = new ArrayList<>();
    for (ManagementRule rule : fired) {
      Optional<ManagementRule> stronger = fired.stream().filter(o -> o.outranks(rule)).findFirst();
      if (stronger.isPresent()) {
        notes.add("правило «" + rule.id() + "» не дало отдельного вывода: на то же измерение сработало более строгое «"
            + stronger.get().id() + "»");
        continue;
      }
      BigDecimal value = m.value(rule.metric()).orElseThrow();
      String id = rule.id() + "@" + m.organizationId();
      IndicatorReference indicator = rule.metric().contains("/") ? IndicatorReference.registered(rule.metric())
          : IndicatorReference.freeText(rule.metric());
      String observation = fill(rule.observation(), m, rule, value);
      findings.add(new Finding(id, observation, Optional.of(m.organizationId()), Optional.empty(),
          Optional.of(indicator), rule.severity(), on));
      recommendations.add(Recommendation.builder(id, fill(rule.action(), m, rule, value))
          .addressee(new OrganizationAddressee(m.organizationId(), m.organizationName()))
          .addressee(new RoleAddressee(new Role(rule.addressee())))
          .responsible(Responsible.of(rule.responsible()))
          .deadline(rule.deadline())
          .control(new ControlIndicator(indicator, Optional.of(value), Optional.of(rule.threshold()), rule.direction()))
          .finding(id)
          .reason(observation)
          .build());
    }
    return new ManagementOutcome(m.organizationId(), m.organizationName(), findings, recommendations, notes);
  }

  /**
   * The municipal view: the outcome of every organization, those needing recommendations first, by
   * number of high, then medium findings.
   */
  public List<ManagementOutcome> applyAll(List<Measurements> organizations, LocalDate on) {
    return organizations.stream().map(m -> apply(m, on))
        .sorted(Comparator.comparingLong((ManagementOutcome o) -> -o.count(Severity.HIGH))
            .thenComparingLong(o -> -o.count(Severity.MEDIUM)).thenComparingLong(o -> -o.count(Severity.LOW))
            .thenComparing(ManagementOutcome::organizationId))
        .toList();
  }

  private static String fill(String template, Measurements m, ManagementRule rule, BigDecimal value) {
    return template.replace("{value}", RussianFormat.number(value.stripTrailingZeros()))
        .replace("{threshold}", RussianFormat.number(rule.threshold().stripTrailingZeros()))
        .replace("{organization}", m.organizationName());
  }
}
