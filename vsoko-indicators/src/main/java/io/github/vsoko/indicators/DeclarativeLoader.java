package io.github.vsoko.indicators;

import io.github.vsoko.model.school.SchoolSubject;
import java.io.Reader;
import io.github.vsoko.model.problem.DocumentLocation;
import io.github.vsoko.model.problem.Location;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a declarative set from YAML or JSON, collecting every problem with its location. */
final class DeclarativeLoader {
  private static final Set<String> ROOT_KEYS = Set.of("set", "version", "title", "source", "indicators", "rules");
  private static final Set<String> INDICATOR_KEYS =
      Set.of("code", "title", "unit", "description", "base", "count", "numerator", "denominator", "mean");
  private static final Set<String> SELECTION_KEYS = Set.of("records", "where");
  private static final Set<String> MEAN_KEYS = Set.of("records", "where", "of");
  private static final Set<String> RANGE_KEYS = Set.of("lt", "lte", "gt", "gte");
  private static final Set<String> RULE_KEYS = Set.of("check", "total", "parts", "lesser", "greater");
  /** Every key a declarative set may use, for the documentation check. */
  static final List<String> KEYS = java.util.stream.Stream.of(ROOT_KEYS, INDICATOR_KEYS, MEAN_KEYS, RANGE_KEYS, RULE_KEYS,
      Set.of("document", "edition")).flatMap(Set::stream).sorted().distinct().toList();

  private final String name;
  private final List<Problem> problems = new ArrayList<>();

  private boolean builtIn;

  private DeclarativeLoader(String name) {
    this.name = name;
  }

  /** Loads a set; see {@link io.github.vsoko.indicators.DeclarativeIndicators}. */
  static IndicatorSet load(String name, Reader reader) {
    return new DeclarativeLoader(name).read(reader);
  }

  /** For built-in providers only: reserved set ids allowed. */
  static IndicatorSet loadBuiltIn(String name, Reader reader) {
    DeclarativeLoader loader = new DeclarativeLoader(name);
    loader.builtIn = true;
    return loader.read(reader);
  }

  private void problem(Node node, String message) {
    problems.add(Problem.error(location(node.getStartMark()), message));
  }

  private DocumentLocation location(Mark mark) {
    return DocumentLocation.at(name, mark.getLine() + 1, mark.getColumn() + 1, Optional.empty());
  }

  /** Problems in file order. */
  private ProblemException failure() {
    return new ProblemException(problems.stream()
        .sorted(java.util.Comparator.comparingInt((Problem p) -> ((DocumentLocation) p.location()).line().orElse(0))
            .thenComparingInt(p -> ((DocumentLocation) p.location()).column().orElse(0)))
        .toList());
  }

  private IndicatorSet read(Reader reader) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
    } catch (MarkedYAMLException e) {
      Location where = e.getProblemMark() == null ? DocumentLocation.of(name) : location(e.getProblemMark());
      throw new ProblemException(List.of(Problem.error(where, "не YAML и не JSON").withCause(e.getProblem())));
    } catch (YAMLException e) {
      throw new ProblemException(List.of(Problem.error(DocumentLocation.of(name), "не YAML и не JSON").withCause(e.getMessage())));
    }
    if (!(root instanceof MappingNode rootMap)) {
      throw new ProblemException(List.of(Problem.error(DocumentLocation.at(name, 1, 1, Optional.empty()),
          "ожидается отображение с set, version, title, source и indicators")));
    }
    Map<String, Node> top = mapping(rootMap, ROOT_KEYS, "наборе");
    String setId = text(top, "set", rootMap, true);
    if (setId != null && !builtIn && (setId.startsWith("order1324.") || setId.startsWith("vsoko."))) {
      problem(top.get("set"), "идентификаторы наборов «order1324.…» и «vsoko.…» зарезервированы за встроенными наборами, получено «" + setId + "»");
    }
    String version = Optional.ofNullable(text(top, "version", rootMap, false)).orElse("1");
    String title = text(top, "title", rootMap, true);
    Source source = source(top.get("source"), rootMap);
    Node indicators = top.get("indicators");
    List<Row> rows = new ArrayList<>();
    if (indicators == null) {
      problem(rootMap, "нет «indicators»");
    } else if (!(indicators instanceof SequenceNode seq)) {
      problem(indicators, "«indicators» должен быть списком");
    } else {
      for (Node item : seq.getValue()) {
        Row row = row(item);
        if (row != null) {
          rows.add(row);
        }
      }
    }
    // the rules are read with the rows, so that every mistake of the file is told at once
    List<ValidationRule> rules = new ArrayList<>();
    Node ruleList = top.get("rules");
    if (ruleList != null) {
      Set<String> declared = new HashSet<>();
      rows.forEach(r -> declared.add(r.code));
      if (!(ruleList instanceof SequenceNode seq)) {
        problem(ruleList, "«rules» должен быть списком проверок");
      } else {
        for (Node rule : seq.getValue()) {
          ValidationRule r = rule(rule, declared);
          if (r != null) {
            rules.add(r);
          }
        }
      }
    }
    if (!problems.isEmpty() || setId == null || title == null || source == null) {
      throw failure();
    }
    IndicatorSet.Builder builder = IndicatorSet.builder(setId, version, title, source);
    Set<String> codes = new HashSet<>();
    for (Row row : rows) {
      try {
        Optional<String> parent = IndicatorDefinition.impliedParent(row.code);
        if (parent.isPresent() && !codes.contains(parent.get())) {
          problem(row.node, "строка «" + parent.get() + "», к которой относится «" + row.code + "», должна идти раньше");
          continue;
        }
        if (!codes.add(row.code)) {
          problem(row.node, "код «" + row.code + "» встречается дважды");
          continue;
        }
        builder.indicator(new IndicatorDefinition(setId, row.code, row.title, row.unit, row.description, row.base, source,
            parent, IndicatorDefinition.defaultAggregation(row.unit)), row.calculator);
      } catch (IllegalArgumentException e) {
        problem(row.node, e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw failure();
    }
    rules.forEach(builder::rule);
    builder.rule(ValidationRules.sharesAtMost100());
    return builder.build();
  }

  /**
   * A validation rule: {@code {check: sum-equals | sum-at-most | at-least-sum, total: "1", parts: ["1.1", "1.2"]}} or
   * {@code {check: at-most, lesser: "1.2", greater: "1.1"}}; the codes must be rows of the set.
   */
  private ValidationRule rule(Node node, Set<String> codes) {
    if (!(node instanceof MappingNode map)) {
      problem(node, "проверка — отображение {check: …, total: …, parts: […]} или {check: at-most, lesser: …, greater: …}");
      return null;
    }
    int before = problems.size();
    Map<String, Node> m = mapping(map, RULE_KEYS, "проверке");
    String check = text(m, "check", node, true);
    if (check == null) {
      return null;
    }
    switch (check) {
      case "sum-equals", "sum-at-most", "at-least-sum" -> {
        forbid(m, "lesser", "greater");
        String total = code(m, "total", node, codes);
        List<String> parts = new ArrayList<>();
        Node list = m.get("parts");
        if (list == null) {
          problem(node, "нет «parts»: укажите коды слагаемых");
        } else {
          for (ScalarNode s : scalars(list)) {
            if (!codes.contains(s.getValue().strip())) {
              problem(s, "нет строки «" + s.getValue().strip() + "» в наборе");
            } else {
              parts.add(s.getValue().strip());
            }
          }
          if (parts.isEmpty() && problems.size() == before) {
            problem(list, "«parts» пуст");
          }
        }
        if (problems.size() > before || total == null) {
          return null;
        }
        String[] p = parts.toArray(String[]::new);
        return switch (check) {
          case "sum-equals" -> ValidationRules.sumEquals(total, p);
          case "sum-at-most" -> ValidationRules.sumAtMost(total, p);
          default -> ValidationRules.atLeastSum(total, p);
        };
      }
      case "at-most" -> {
        forbid(m, "total", "parts");
        String lesser = code(m, "lesser", node, codes);
        String greater = code(m, "greater", node, codes);
        return problems.size() > before || lesser == null || greater == null ? null : ValidationRules.atMost(lesser, greater);
      }
      default -> {
        problem(m.get("check"), "неизвестная проверка «" + check + "»; ожидается sum-equals, sum-at-most, at-least-sum или at-most");
        return null;
      }
    }
  }

  private String code(Map<String, Node> m, String key, Node owner, Set<String> codes) {
    String code = text(m, key, owner, true);
    if (code != null && !codes.contains(code)) {
      problem(m.get(key), "нет строки «" + code + "» в наборе");
      return null;
    }
    return code;
  }

  private record Row(Node node, String code, String title, Unit unit, Optional<String> description, Optional<String> base,
      Calculator calculator) {}

  private Map<String, Node> mapping(MappingNode node, Set<String> allowed, String what) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : node.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key)) {
        problem(t.getKeyNode(), "ключи — простые слова");
        continue;
      }
      if (!allowed.contains(key.getValue())) {
        problem(key, "неизвестный ключ «" + key.getValue() + "» в " + what + "; ожидается один из " + new java.util.TreeSet<>(allowed));
        continue;
      }
      if (out.put(key.getValue(), t.getValueNode()) != null) {
        problem(key, "ключ «" + key.getValue() + "» указан дважды");
      }
    }
    return out;
  }

  private String text(Map<String, Node> map, String key, Node owner, boolean required) {
    Node node = map.get(key);
    if (node == null) {
      if (required) {
        problem(owner, "нет «" + key + "»");
      }
      return null;
    }
    if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
      problem(node, "«" + key + "» должен быть непустым текстом");
      return null;
    }
    return scalar.getValue().strip();
  }

  private Source source(Node node, Node owner) {
    if (node == null) {
      problem(owner, "нет «source»: укажите {document: …, edition: …}");
      return null;
    }
    if (!(node instanceof MappingNode map)) {
      problem(node, "«source» должен быть отображением {document: …, edition: …}");
      return null;
    }
    Map<String, Node> m = mapping(map, Set.of("document", "edition"), "source");
    String document = text(m, "document", node, true);
    String edition = Optional.ofNullable(text(m, "edition", node, false)).orElse("");
    return document == null ? null : new Source(document, edition);
  }

  private Row row(Node item) {
    if (!(item instanceof MappingNode map)) {
      problem(item, "каждый показатель — отображение с code, title, unit и count, numerator/denominator или mean");
      return null;
    }
    int before = problems.size();
    Map<String, Node> m = mapping(map, INDICATOR_KEYS, "показателе");
    String code = text(m, "code", item, true);
    String title = text(m, "title", item, true);
    String unitText = text(m, "unit", item, false);
    Unit unit = Unit.NONE;
    if (unitText != null) {
      try {
        unit = Unit.parse(unitText);
      } catch (IllegalArgumentException e) {
        problem(m.get("unit"), e.getMessage());
        return null;
      }
    }
    Optional<String> description = Optional.ofNullable(text(m, "description", item, false));
    Optional<String> base = Optional.ofNullable(text(m, "base", item, false));
    Calculator calculator = null;
    switch (unit) {
      case NONE -> forbid(m, "count", "numerator", "denominator", "mean");
      case PERSONS, UNITS -> {
        forbid(m, "numerator", "denominator", "mean");
        Selection<?> count = selection(m, "count", item);
        boolean persons = unit == Unit.PERSONS;
        if (count != null) {
          calculator = ctx -> count(ctx, count, persons);
        }
      }
      case PERSONS_SHARE -> {
        forbid(m, "count", "mean");
        Selection<?> numerator = selection(m, "numerator", item);
        Selection<?> denominator = selection(m, "denominator", item);
        if (numerator != null && denominator != null) {
          calculator = ctx -> share(ctx, numerator, denominator);
        }
      }
      case PERSONS_PER_PERSON -> {
        forbid(m, "count", "mean");
        Selection<?> numerator = selection(m, "numerator", item);
        Selection<?> denominator = selection(m, "denominator", item);
        if (numerator != null && denominator != null) {
          calculator = ctx -> ratio(ctx, numerator, denominator);
        }
      }
      case SCORE -> {
        forbid(m, "count", "numerator", "denominator");
        calculator = mean(m, item);
      }
      default -> problem(m.get("unit"), "единицу «" + unit.label() + "» нельзя объявить в YAML (только «человек», «единиц», "
          + "«человек/%», «человек/человек» и «балл»); для неё напишите Calculator на Java");
    }
    if (problems.size() > before || code == null || title == null) {
      return null;
    }
    return new Row(item, code, title, unit, description, base, calculator);
  }

  private void forbid(Map<String, Node> m, String... keys) {
    for (String key : keys) {
      if (m.containsKey(key)) {
        problem(m.get(key), "«" + key + "» не подходит к этой единице");
      }
    }
  }

  /** {@code mean: {records: marks, where: {…}, of: mark}}: the mean of a numeric field over the chosen records. */
  private Calculator mean(Map<String, Node> m, Node owner) {
    Node node = m.get("mean");
    if (node == null) {
      problem(owner, "нет «mean»: укажите {records: …, where: {…}, of: числовое поле}");
      return null;
    }
    if (!(node instanceof MappingNode map)) {
      problem(node, "«mean» должен быть отображением {records: …, where: {…}, of: …}");
      return null;
    }
    Map<String, Node> s = mapping(map, MEAN_KEYS, "«mean»");
    String records = text(s, "records", node, true);
    String of = text(s, "of", node, true);
    if (records == null || of == null) {
      return null;
    }
    RecordKind<?> kind = RecordKinds.ALL.get(records);
    if (kind == null) {
      problem(s.get("records"), "неизвестные записи «" + records + "»; ожидается одно из " + RecordKinds.names());
      return null;
    }
    return meanOf(kind, s.get("where"), of, s.get("of"));
  }

  private <T> Calculator meanOf(RecordKind<T> kind, Node where, String of, Node ofNode) {
    Field<T> field = kind.fields().get(of);
    if (field == null || field.type() != FieldType.NUMBER) {
      problem(ofNode, "«" + of + "» — не числовое поле записей " + kind.name() + "; числовые: " + kind.fields().values().stream()
          .filter(f -> f.type() == FieldType.NUMBER).map(Field::name).toList());
      return null;
    }
    Selection<T> selection = selection(kind, where);
    if (selection == null) {
      return null;
    }
    return ctx -> {
      Optional<Mean> mean = selection.mean(ctx, field);
      if (mean.isEmpty()) { // no value to average: «нет данных», never 0
        return Calculation.of(new Missing("записи «" + kind.name() + "» со значением «" + field.name() + "»"),
            "нет записей «" + kind.name() + "» со значением «" + field.name() + "»");
      }
      List<String> ids = selection.personsWith(ctx, field);
      return Calculation.of(mean.get(), "сумма " + mean.get().sum().toPlainString() + " по " + mean.get().n() + " записям «"
          + kind.name() + "» (" + field.name() + ")", ids);
    };
  }

  private Selection<?> selection(Map<String, Node> m, String key, Node owner) {
    Node node = m.get(key);
    if (node == null) {
      problem(owner, "нет «" + key + "»: укажите {records: …, where: {…}}");
      return null;
    }
    if (!(node instanceof MappingNode map)) {
      problem(node, "«" + key + "» должен быть отображением {records: …, where: {…}}");
      return null;
    }
    Map<String, Node> s = mapping(map, SELECTION_KEYS, "«" + key + "»");
    String records = text(s, "records", node, true);
    if (records == null) {
      return null;
    }
    RecordKind<?> kind = RecordKinds.ALL.get(records);
    if (kind == null) {
      problem(s.get("records"), "неизвестные записи «" + records + "»; ожидается одно из " + RecordKinds.names());
      return null;
    }
    return selection(kind, s.get("where"));
  }

  private <T> Selection<T> selection(RecordKind<T> kind, Node where) {
    List<Condition<T>> conditions = new ArrayList<>();
    if (where != null) {
      if (!(where instanceof MappingNode map)) {
        problem(where, "«where» должен быть отображением поле: значение");
        return null;
      }
      for (NodeTuple t : map.getValue()) {
        String fieldName = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
        Field<T> field = kind.fields().get(fieldName);
        if (field == null) {
          problem(t.getKeyNode(), "неизвестное поле «" + fieldName + "» записей " + kind.name() + "; известны: " + kind.fields().keySet());
          continue;
        }
        Predicate<Object> test = test(field, t.getValueNode());
        if (test != null) {
          conditions.add(new Condition<>(field, test));
        }
      }
    }
    return new Selection<>(kind, List.copyOf(conditions));
  }

  private List<ScalarNode> scalars(Node node) {
    List<ScalarNode> out = new ArrayList<>();
    if (node instanceof ScalarNode s) {
      out.add(s);
    } else if (node instanceof SequenceNode seq) {
      for (Node n : seq.getValue()) {
        if (n instanceof ScalarNode s) {
          out.add(s);
        } else {
          problem(n, "ожидается простое значение");
        }
      }
    } else {
      problem(node, "ожидается значение или список значений");
    }
    return out;
  }

  private Predicate<Object> test(Field<?> field, Node node) {
    switch (field.type()) {
      case NAME, NAME_SET -> {
        Set<String> wanted = new HashSet<>();
        for (ScalarNode s : scalars(node)) {
          String v = s.getValue().strip().toUpperCase(Locale.ROOT).replace('-', '_');
          if (!field.names().contains(v)) {
            problem(s, "«" + s.getValue() + "» — не значение поля «" + field.name() + "»; ожидается одно из " + field.names());
          } else {
            wanted.add(v);
          }
        }
        if (field.type() == FieldType.NAME) {
          return value -> value != null && wanted.contains(value);
        }
        return value -> value instanceof Set<?> set && set.containsAll(wanted);
      }
      case BOOLEAN -> {
        if (node instanceof ScalarNode s && Set.of("true", "false", "да", "нет").contains(s.getValue().strip().toLowerCase(Locale.ROOT))) {
          boolean wanted = Set.of("true", "да").contains(s.getValue().strip().toLowerCase(Locale.ROOT));
          return value -> Boolean.valueOf(wanted).equals(value);
        }
        problem(node, "«" + field.name() + "» — true или false");
        return null;
      }
      case NUMBER -> {
        return number(field, node);
      }
      case TEXT -> {
        Set<String> wanted = new HashSet<>();
        scalars(node).forEach(s -> wanted.add(s.getValue().strip().toLowerCase(Locale.ROOT).replace('ё', 'е')));
        return value -> value != null && wanted.contains(value.toString().strip().toLowerCase(Locale.ROOT).replace('ё', 'е'));
      }
      case SUBJECT -> {
        Set<String> codes = new HashSet<>();
        scalars(node).forEach(s -> codes.add(SchoolSubject.of(s.getValue()).code()));
        return value -> value != null && codes.contains(value);
      }
    }
    return null;
  }

  private Predicate<Object> number(Field<?> field, Node node) {
    if (node instanceof ScalarNode s) {
      Integer n = integer(s);
      return n == null ? null : value -> value instanceof Integer i && i.equals(n);
    }
    if (!(node instanceof MappingNode map)) {
      problem(node, "«" + field.name() + "» — число или диапазон {lt, lte, gt, gte}");
      return null;
    }
    Map<String, Node> m = mapping(map, RANGE_KEYS, "a range");
    Predicate<Integer> range = i -> true;
    for (Map.Entry<String, Node> e : m.entrySet()) {
      Integer bound = e.getValue() instanceof ScalarNode s ? integer(s) : null;
      if (bound == null) {
        if (!(e.getValue() instanceof ScalarNode)) {
          problem(e.getValue(), "a range bound must be a whole number");
        }
        return null;
      }
      Predicate<Integer> p = switch (e.getKey()) {
        case "lt" -> i -> i < bound;
        case "lte" -> i -> i <= bound;
        case "gt" -> i -> i > bound;
        default -> i -> i >= bound;
      };
      range = range.and(p);
    }
    Predicate<Integer> all = range;
    return value -> value instanceof Integer i && all.test(i);
  }

  private Integer integer(ScalarNode s) {
    try {
      return Integer.parseInt(s.getValue().strip());
    } catch (NumberFormatException e) {
      problem(s, "«" + s.getValue() + "» is not a whole number");
      return null;
    }
  }

  private static Calculation count(CalculationContext ctx, Selection<?> selection, boolean persons) {
    if (selection.aggregated()) {
      long n = selection.weight(ctx);
      return Calculation.of(new Count(n), n + " " + selection.kind().noun());
    }
    if (persons) {
      List<String> ids = selection.persons(ctx);
      return Calculation.of(new Count(ids.size()), ids.size() + " " + selection.kind().noun(), ids);
    }
    long n = selection.records(ctx);
    return Calculation.of(new Count(n), n + " записей («" + selection.kind().name() + "»)");
  }

  /** Persons per person («человек/человек»): the distinct persons of two selections, their ratio. */
  private static Calculation ratio(CalculationContext ctx, Selection<?> numerator, Selection<?> denominator) {
    long part = numerator.aggregated() ? numerator.weight(ctx) : numerator.persons(ctx).size();
    long whole = denominator.aggregated() ? denominator.weight(ctx) : denominator.persons(ctx).size();
    return Calculation.of(new Ratio(java.math.BigDecimal.valueOf(part), java.math.BigDecimal.valueOf(whole)),
        part + " " + numerator.kind().noun() + " на " + whole + " " + denominator.kind().noun());
  }

  private static Calculation share(CalculationContext ctx, Selection<?> numerator, Selection<?> denominator) {
    if (numerator.aggregated() || denominator.aggregated()) {
      long part = numerator.aggregated() ? numerator.weight(ctx) : numerator.persons(ctx).size();
      long whole = denominator.aggregated() ? denominator.weight(ctx) : denominator.persons(ctx).size();
      Share share = new Share(part, whole);
      return Calculation.of(share, part + " из " + whole + " " + denominator.kind().noun() + " = "
          + ValueFormat.defaults().percent(share));
    }
    List<String> ids = numerator.persons(ctx);
    long base = denominator.persons(ctx).size();
    Share share = new Share(ids.size(), base);
    return Calculation.of(share, ids.size() + " из " + base + " " + denominator.kind().noun() + " = "
        + ValueFormat.defaults().percent(share), ids);
  }
}
