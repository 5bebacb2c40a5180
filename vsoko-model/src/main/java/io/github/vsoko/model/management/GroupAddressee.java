package io.github.vsoko.model.management;

import io.github.vsoko.model.internal.Checks;

/**
 * A group as addressee («учителя математики 5-х классов», «обучающиеся группы риска»).
 *
 * @param description who is in the group
 * @since 0.1.0
 */
public record GroupAddressee(String description) implements Addressee {
  /** Validates the addressee. */
  public GroupAddressee {
    description = Checks.text(description, "group");
  }

  @Override
  public String display() {
    return description;
  }
}
