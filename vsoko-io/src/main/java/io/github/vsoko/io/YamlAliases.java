package io.github.vsoko.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vsoko.model.problem.DocumentLocation;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML with anchors and aliases ({@code &a …} and {@code *a}) resolved as YAML defines them — the alias stands for
 * the anchored node — into a tree Jackson binds; Jackson's own YAML parser would read an alias as its name. A document
 * without aliases is left to Jackson (which keeps line and column in its errors).
 */
final class YamlAliases {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The most nodes a document may expand to through its aliases («billion laughs» stops here). */
  static final int MAX_NODES = 1_000_000;

  private YamlAliases() {}

  /** The document as a tree with its aliases resolved, or empty when it has none. */
  static Optional<JsonNode> resolve(String source, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('*') < 0) {
      return Optional.empty();
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(100);
    Yaml yaml = new Yaml(options);
    try {
      boolean aliased = false;
      for (Event e : yaml.parse(new StringReader(text))) {
        if (e instanceof AliasEvent) {
          aliased = true;
          break;
        }
      }
      if (!aliased) {
        return Optional.empty();
      }
      Node root = yaml.compose(new StringReader(text));
      return Optional.of(root == null ? NODES.nullNode() : tree(source, root, new IdentityHashMap<>(), 0, new int[1]));
    } catch (YAMLException e) {
      throw new ProblemException(List.of(Problem.error(DocumentLocation.of(source), "не YAML: " + e.getMessage())));
    }
  }

  private static JsonNode tree(String source, Node node, Map<Node, Boolean> open, int depth, int[] count) {
    if (++count[0] > MAX_NODES) {
      throw new ProblemException(List.of(Problem.error(DocumentLocation.of(source), "ссылки (alias) раскрывают документ больше чем "
          + "в " + MAX_NODES + " значений; документ отклонён")));
    }
    if (depth > 200 || open.containsKey(node)) {
      throw new ProblemException(List.of(Problem.error(DocumentLocation.at(source, node.getStartMark().getLine() + 1,
          node.getStartMark().getColumn() + 1, Optional.empty()), "ссылка (alias) на саму себя или слишком глубокая вложенность")));
    }
    if (node instanceof ScalarNode s) {
      return scalar(s);
    }
    open.put(node, true);
    try {
      if (node instanceof SequenceNode seq) {
        ArrayNode array = NODES.arrayNode();
        seq.getValue().forEach(n -> array.add(tree(source, n, open, depth + 1, count)));
        return array;
      }
      MappingNode map = (MappingNode) node;
      ObjectNode object = NODES.objectNode();
      for (NodeTuple t : map.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(t.getKeyNode());
        if (object.has(key)) {
          throw new ProblemException(List.of(Problem.error(DocumentLocation.at(source, t.getKeyNode().getStartMark().getLine() + 1,
              t.getKeyNode().getStartMark().getColumn() + 1, Optional.of(key)), "ключ «" + key + "» указан дважды")));
        }
        object.set(key, tree(source, t.getValueNode(), open, depth + 1, count));
      }
      return object;
    } finally {
      open.remove(node);
    }
  }

  private static JsonNode scalar(ScalarNode s) {
    String v = s.getValue();
    Tag tag = s.getTag();
    try {
      if (Tag.NULL.equals(tag)) {
        return NODES.nullNode();
      }
      if (Tag.BOOL.equals(tag)) {
        return NODES.booleanNode(v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on"));
      }
      if (Tag.INT.equals(tag)) {
        return NODES.numberNode(new BigInteger(v.replace("_", "")));
      }
      if (Tag.FLOAT.equals(tag)) {
        return NODES.numberNode(new BigDecimal(v.replace("_", "")));
      }
    } catch (NumberFormatException e) {
      return NODES.textNode(v);
    }
    return NODES.textNode(v);
  }
}
