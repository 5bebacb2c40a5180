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

  /** A file skipped for the problem that stopped its reading (the first of them, located). */
  public static SkippedFile of(java.nio.file.Path file, io.github.vsoko.model.problem.ProblemException e) {
    return new SkippedFile(file.toString(), e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).toString());
  }
}
