package io.github.vsoko.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered, versioned collection of indicator definitions with their calculators and
 * consistency rules (набор показателей). Immutable; build it with {@link #builder}.
 *
 * @since 0.1.0
 */
public final class IndicatorSet {
  private final String id;
  private final String version;
  private final String title;
  private final Source source;
  private final List<IndicatorDefinition> definitions;
  private final Map<String, IndicatorDefinition> byCode;
  private final Map<String, Calculator> calculators;
  private final List<ValidationRule> rules;
  private final Map<SelfAssessmentSection, List<String>> sections;

  private IndicatorSet(Builder b) {
    this.id = b.id;
    this.version = b.version;
    this.title = b.title;
    this.source = b.source;
    this.definitions = List.copyOf(b.definitions);
    Map<String, IndicatorDefinition> codes = new LinkedHashMap<>();
    for (IndicatorDefinition d : definitions) {
      if (codes.putIfAbsent(d.code(), d) != null) {
        throw new IllegalArgumentException("indicator set «" + id + "» has the code «" + d.code() + "» twice");
      }
      d.parentCode().ifPresent(parent -> {
        if (!codes.containsKey(parent)) {
          throw new IllegalArgumentException("indicator " + d.id() + " names the parent «" + parent
              + "», which does not come before it in set «" + id + "»");
        }
      });
      if (!d.isHeading() && !b.calculators.containsKey(d.code())) {
        throw new IllegalArgumentException("indicator " + d.id() + " has a unit but no calculator");
      }
    }
    this.byCode = Map.copyOf(codes);
    this.calculators = Map.copyOf(b.calculators);
    this.rules = List.copyOf(b.rules);
    Map<SelfAssessmentSection, List<String>> s = new java.util.EnumMap<>(SelfAssessmentSection.class);
    b.sections.forEach((section, list) -> {
      for (String code : list) {
        if (!codes.containsKey(code)) {
          throw new IllegalArgumentException("set «" + id + "» puts the code «" + code + "» in section " + section
              + ", but has no such row");
        }
      }
      s.put(section, List.copyOf(list));
    });
    this.sections = java.util.Collections.unmodifiableMap(s);
  }

  /** A builder for a set. */
  public static Builder builder(String id, String version, String title, Source source) {
    return new Builder(id, version, title, source);
  }

  /** The set id («order1324.general»). */
  public String id() {
    return id;
  }

  /** The set's version. */
  public String version() {
    return version;
  }

  /** The set's title in Russian. */
  public String title() {
    return title;
  }

  /** The document the set comes from. */
  public Source source() {
    return source;
  }

  /** Definitions in order, headings included. */
  public List<IndicatorDefinition> definitions() {
    return definitions;
  }

  /** The definition with a code. */
  public Optional<IndicatorDefinition> definition(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The calculator of a code; headings have none. */
  public Optional<Calculator> calculator(String code) {
    return Optional.ofNullable(calculators.get(code));
  }

  /** Direct children of a row («1.19.1», «1.19.2», «1.19.3» of «1.19»). */
  public List<IndicatorDefinition> children(String code) {
    return definitions.stream().filter(d -> d.parentCode().filter(code::equals).isPresent()).toList();
  }

  /** The consistency rules. */
  public List<ValidationRule> rules() {
    return rules;
  }

  /** Which rows go into which subsection of the self-assessment report; a section not declared holds none. */
  public Map<SelfAssessmentSection, List<String>> sections() {
    return sections;
  }

  @Override
  public String toString() {
    return "IndicatorSet[" + id + " " + version + ", " + definitions.size() + " rows]";
  }

  /** Builds an {@link IndicatorSet}. */
  public static final class Builder {
    private final String id;
    private final String version;
    private final String title;
    private final Source source;
    private final List<IndicatorDefinition> definitions = new ArrayList<>();
    private final Map<String, Calculator> calculators = new LinkedHashMap<>();
    private final List<ValidationRule> rules = new ArrayList<>();
    private final Map<SelfAssessmentSection, List<String>> sections = new java.util.EnumMap<>(SelfAssessmentSection.class);

    private Builder(String id, String version, String title, Source source) {
      this.id = Objects.requireNonNull(id, "set id");
      this.version = Objects.requireNonNull(version, "version");
      this.title = Objects.requireNonNull(title, "title");
      this.source = Objects.requireNonNull(source, "source");
    }

    /** Adds a heading row (no value). */
    public Builder heading(String code, String title) {
      definitions.add(new IndicatorDefinition(id, code, title, Unit.NONE, Optional.empty(), Optional.empty(), source,
          IndicatorDefinition.impliedParent(code), AggregationRule.NONE));
      return this;
    }

    /** Adds an indicator whose parent is implied by its code and whose aggregation follows its unit. */
    public Builder indicator(String code, Unit unit, String title, Calculator calculator) {
      return indicator(new IndicatorDefinition(id, code, title, unit, Optional.empty(), Optional.empty(), source,
          IndicatorDefinition.impliedParent(code), IndicatorDefinition.defaultAggregation(unit)), calculator);
    }

    /** Adds a fully specified indicator. */
    public Builder indicator(IndicatorDefinition definition, Calculator calculator) {
      if (!definition.setId().equals(id)) {
        throw new IllegalArgumentException("indicator " + definition.id() + " does not belong to set «" + id + "»");
      }
      definitions.add(definition);
      if (definition.isHeading()) {
        return this;
      }
      calculators.put(definition.code(), Objects.requireNonNull(calculator, "calculator of " + definition.id()));
      return this;
    }

    /**
     * Puts rows into a subsection of the self-assessment report (their parts follow them); a row may be in one
     * section only.
     *
     * @throws IllegalArgumentException if a row is already in another section
     */
    public Builder section(SelfAssessmentSection section, String... codes) {
      Objects.requireNonNull(section, "section");
      for (String code : codes) {
        sections.forEach((other, list) -> {
          if (list.contains(code)) {
            throw new IllegalArgumentException("row «" + code + "» of set «" + id + "» is already in section " + other);
          }
        });
        sections.computeIfAbsent(section, k -> new ArrayList<>()).add(code);
      }
      return this;
    }

    /** Adds a consistency rule. */
    public Builder rule(ValidationRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Builds the set.
     *
     * @throws IllegalArgumentException for a repeated code, a parent that does not come first, or an indicator without calculator
     */
    public IndicatorSet build() {
      return new IndicatorSet(this);
    }
  }
}
