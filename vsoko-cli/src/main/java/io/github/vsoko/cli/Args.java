package io.github.vsoko.cli;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Option values the commands share, parsed with one usage message each. */
final class Args {
  private Args() {}

  /** «2024/2025» (or «2024-2025»), else a usage error naming the option. */
  static AcademicYear academicYear(String text, String option, CommandSpec spec) {
    try {
      return AcademicYear.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": ожидается учебный год вида 2024/2025, получено «" + text + "»");
    }
  }

  /** School data in vsoko/1 JSON; a missing file is a usage error naming the option. */
  static SchoolData schoolData(Path file, String option, CommandSpec spec) throws IOException {
    try {
      return CanonicalJson.read(file);
    } catch (NoSuchFileException e) {
      throw new ParameterException(spec.commandLine(), option + ": нет файла " + file);
    }
  }

  /** A YAML document of the user's (rules, scales, sheet, answers, audit components) read by its loader; a missing file is a usage error. */
  static <T> T yaml(Path file, String option, CommandSpec spec, java.util.function.BiFunction<String, java.io.Reader, T> load)
      throws IOException {
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), option + ": нет файла " + file);
    }
    try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      return load.apply(file.toString(), reader);
    }
  }
}
