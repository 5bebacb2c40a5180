package io.github.vsoko.cli;

import io.github.vsoko.app.TableContext;
import io.github.vsoko.indicators.RussianFormat;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  /** «31.12.2024» or «2024-12-31», a real date, else a usage error naming the option. */
  static LocalDate date(String text, String option, CommandSpec spec) {
    try {
      return RussianFormat.parseDate(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  /** «6,10,15[,20]»: one ВПР scale for every work, else a usage error naming the option. */
  static io.github.vsoko.analytics.vpr.VprScales vprScale(String text, String option, CommandSpec spec) {
    try {
      return io.github.vsoko.analytics.vpr.VprScales.forAll(io.github.vsoko.analytics.vpr.VprScale.parse(text));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  /** School data in vsoko/1 JSON; a missing file is a usage error naming the option. */
  static SchoolData schoolData(Path file, String option, CommandSpec spec) throws IOException {
    try {
      return io.github.vsoko.io.SchoolDataFiles.read(file);
    } catch (NoSuchFileException e) {
      throw new ParameterException(spec.commandLine(), option + ": нет файла " + file);
    }
  }

  /**
   * The pseudonymisation key of {@code --key-file}; a usage error when it is missing (naming what needs it), cannot be
   * read or is too short.
   */
  static io.github.vsoko.io.Pseudonyms pseudonyms(Path keyFile, String needs, CommandSpec spec) throws IOException {
    if (keyFile == null) {
      throw new ParameterException(spec.commandLine(), needs + ": нужен --key-file — ключ, по которому ФИО превращаются в "
          + "псевдонимы");
    }
    try {
      return io.github.vsoko.io.Pseudonyms.fromKeyFile(keyFile);
    } catch (NoSuchFileException e) {
      throw new ParameterException(spec.commandLine(), "--key-file: нет файла " + keyFile);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--key-file: " + e.getMessage());
    }
  }

  /** A YAML document of the user's (rules, scales, sheet, answers, audit components) read by its loader; a missing file is a usage error. */
  static <T> T yaml(Path file, String option, CommandSpec spec, BiFunction<String, Reader, T> load) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), option + ": нет файла " + file);
    }
    try (Reader reader = io.github.vsoko.io.TextFiles.reader(file, io.github.vsoko.io.TextFiles.TEXT_LIMIT)) {
      return load.apply(file.toString(), reader);
    }
  }

  /**
   * A calendar year given on the command line, checked: 1900–2999, as the data model accepts.
   *
   * @throws ParameterException naming the option otherwise
   */
  static Integer year(Integer year, String option, CommandSpec spec) {
    if (year != null && (year < 1900 || year > 2999)) {
      throw new ParameterException(spec.commandLine(), option + ": ожидается год от 1900 до 2999, получено " + year);
    }
    return year;
  }

  /** The options a plan or road-map table needs. */
  static final class TableOptions {
    @Option(names = "--organization", paramLabel = "ИД", defaultValue = "school",
        description = "Идентификатор организации, если план или карта — таблица XLSX/CSV.")
    String organization;

    @Option(names = "--academic-year", paramLabel = "ГГГГ/ГГГГ", description = "Учебный год, если план или карта — таблица.")
    String academicYear;

    TableContext context(CommandSpec spec) {
      return new TableContext(organization, Optional.ofNullable(academicYear).map(t -> academicYear(t, "--academic-year", spec)));
    }
  }
}
