package io.github.vsoko.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the project's {@code shared/} folder (beside the checkout) for tests. */
final class SharedFiles {
  private SharedFiles() {}

  static Path reference(String name) {
    return find(Path.of("reference").resolve(name));
  }

  static Path find(Path relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("shared/" + relative + " not found above " + Path.of("").toAbsolutePath());
  }
}
