package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Opens a file as a table source by its content (XLSX archive or CSV text), not trusting the name alone. */
final class TableSources {
  private TableSources() {}

  static TableSource open(Path path, Optional<Charset> charset) {
    if (!Files.isRegularFile(path)) {
      throw new ProblemException(List.of(Problem.ofFile(path.toString(), "файл не найден")));
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
      return XlsxTableSource.open(path);
    }
    if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
      return CsvTableSource.open(path, charset);
    }
    throw new ProblemException(List.of(Problem.ofFile(path.toString(),
        "неизвестный тип файла; ожидается .xlsx или .csv")));
  }
}
