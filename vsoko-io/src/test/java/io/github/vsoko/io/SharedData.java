package io.github.vsoko.io;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the real ФИС ОКО files in {@code shared/data} beside the checkout. */
final class SharedData {
  private SharedData() {}

  static Path vpr(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/fisoko-vpr").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("shared/data/fisoko-vpr/" + relative + " not found");
  }
}
