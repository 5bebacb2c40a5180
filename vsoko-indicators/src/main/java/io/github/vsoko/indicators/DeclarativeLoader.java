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
  private static final Set<String> ROOT_KEYS = Set.of("set", "version", "title", "source", "indicators");
  private static final Set<String> INDICATOR_KEYS =
      Set.of("code", "title", "unit", "description", "base", "count", "numerator", "denominator");
  private static final Set<String> SELECTION_KEYS = Set.of("records", "where");
  private static final Set<String> RANGE_KEYS = Set.of("lt", "lte", "gt", "gte");
  /** Every key a declarative set may use, for the documentation check. */
  static final List<String> KEYS = java.util.stream.Stream.of(ROOT_KEYS, INDICATOR_KEYS, SELECTION_KEYS, RANGE_KEYS,
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
    builder.rule(ValidationRules.sharesAtMost100());
    return builder.build();
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
      problem(item, "каждый показатель — отображение с code, title, unit и count или numerator/denominator");
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
      case NONE -> forbid(m, "count", "numerator", "denominator");
      case PERSONS, UNITS -> {
        forbid(m, "numerator", "denominator");
        Selection<?> count = selection(m, "count", item);
        boolean persons = unit == Unit.PERSONS;
        if (count != null) {
          calculator = ctx -> count(ctx, count, persons);
        }
      }
      case PERSONS_SHARE -> {
        forbid(m, "count");
        Selection<?> numerator = selection(m, "numerator", item);
        Selection<?> denominator = selection(m, "denominator", item);
        if (numerator != null && denominator != null) {
          calculator = ctx -> share(ctx, numerator, denominator);
        }
      }
      default -> problem(m.get("unit"), "единицу «" + unit.label() + "» нельзя объявить в YAML (только «человек», «единиц» "
          + "и «человек/%»); для неё напишите Calculator на Java");
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
