package io.github.vsoko.cli;

import io.github.vsoko.io.SchoolTemplates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vsoko template}: empty XLSX and CSV templates of the school tables. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = "Записывает пустые шаблоны таблиц школы: книгу XLSX (листы таблиц, инструкция, выпадающие списки) и CSV на каждую таблицу.",
    footer = {"", "Пример:", "  vsoko template --out шаблоны"})
final class TemplateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "ПАПКА", description = "Папка для шаблонов (создаётся).")
  private Path out;

  @Override
  public Integer call() throws IOException {
    SchoolTemplates.write(out).forEach(p -> VsokoCli.info(spec, "Записано: " + p));
    return 0;
  }
}
