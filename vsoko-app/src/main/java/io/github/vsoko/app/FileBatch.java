package io.github.vsoko.app;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Files read one by one where a file that cannot be read is skipped with its reason and the others are kept; reading
 * nothing at all is an error naming every file.
 */
final class FileBatch {
  private FileBatch() {}

  /** What a batch read: the results in file order, their problems, the files skipped. */
  record Read<T>(List<T> results, List<Problem> problems, List<SkippedFile> skipped) {}

  /**
   * Reads every file.
   *
   * @throws ProblemException naming every file when none could be read
   */
  static <T> Read<T> read(List<Path> files, Function<Path, T> reader, Function<T, List<Problem>> problemsOf) {
    List<T> results = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    for (Path f : files) {
      try {
        T r = reader.apply(f);
        results.add(r);
        problems.addAll(problemsOf.apply(r));
      } catch (ProblemException e) {
        skipped.add(SkippedFile.of(f, e));
      }
    }
    if (results.isEmpty()) {
      throw new ProblemException(skipped.stream().map(s -> Problem.ofFile(s.file(), s.reason())).toList());
    }
    return new Read<>(results, problems, skipped);
  }
}
