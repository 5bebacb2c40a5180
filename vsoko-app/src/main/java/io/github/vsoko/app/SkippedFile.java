package io.github.vsoko.app;

import java.util.Objects;

/**
 * A file of a batch that was not read (пропущенный файл): where and why; the other files were analysed.
 *
 * @param file the file
 * @param reason the located reason, as one line
 * @since 0.1.0
 */
public record SkippedFile(String file, String reason) {
  /** Validates. */
  public SkippedFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }
}
