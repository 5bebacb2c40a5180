package io.github.vsoko.report;

import java.util.List;
import java.util.Objects;

/**
 * An item of a {@link ListBlock}: a text, optionally followed by links.
 *
 * @param text the text
 * @param links links printed after the text («HTML · PDF»)
 * @param emphasis whether the item is a warning that renderers make stand out
 * @since 0.1.0
 */
public record ListItem(String text, List<Link> links, boolean emphasis) {
  /** Validates and copies. */
  public ListItem {
    Objects.requireNonNull(text, "text");
    links = List.copyOf(links);
  }

  /** A plain item. */
  public static ListItem text(String text) {
    return new ListItem(text, List.of(), false);
  }

  /** A warning item. */
  public static ListItem warning(String text) {
    return new ListItem(text, List.of(), true);
  }

  /** An item with links. */
  public static ListItem linked(String text, List<Link> links) {
    return new ListItem(text, links, false);
  }
}
