package io.github.vsoko.report;

import java.util.List;

/**
 * A bulleted list (список) of items, each a text with optional links to other files of the same
 * package (the demo's index lists its documents this way).
 *
 * @param items the items in order
 * @since 0.1.0
 */
public record ListBlock(List<ListItem> items) implements Block {
  /** Copies. */
  public ListBlock {
    items = List.copyOf(items);
  }

  /** A list of plain texts. */
  public static ListBlock of(List<String> texts) {
    return new ListBlock(texts.stream().map(ListItem::text).toList());
  }
}
