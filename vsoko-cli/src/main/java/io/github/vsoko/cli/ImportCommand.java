package io.github.vsoko.cli;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.ImportSeverity;
import io.github.vsoko.model.school.SchoolSubject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vsoko import}: any supported input to the canonical JSON. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Преобразует входные файлы (выгрузки ВПР из ФИС ОКО в XLSX/CSV, документы vsoko/1) в канонический JSON.",
    footer = {
      "", "Примеры:",
      "  vsoko import --in \"Проведение работы по математике, 4 класс. ВПР 2021.xlsx\" --out vpr.json",
      "  vsoko import --in school.json --in 2022/5/Математика.xlsx --out school-with-vpr.json",
      "  vsoko import --in results.csv --subject \"Русский язык\" --grade 5 --year 2024 --out vpr.json",
      "", "Проблемы строк выводятся в stderr, по одной в строке; код выхода 1, если строки не импортированы."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "ФАЙЛ", description = "Входной файл; можно несколько.")
  private List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "ФАЙЛ.json", description = "Куда записать документ vsoko/1.")
  private Path out;

  @Option(names = "--subject", paramLabel = "ПРЕДМЕТ", description = "Предмет ВПР, если его нет в файле, имени и папках.")
  private String subject;

  @Option(names = "--grade", paramLabel = "КЛАСС", description = "Класс ВПР, если его нет в файле, имени и папках.")
  private Integer grade;

  @Option(names = "--year", paramLabel = "ГГГГ", description = "Год ВПР (и отчётный год), если его нет в файле.")
  private Integer year;

  @Option(names = "--strict", description = "Не импортировать ничего, если найдена хотя бы одна проблема.")
  private boolean strict;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Inputs.Loaded loaded = Inputs.load(inputs, Optional.ofNullable(subject).map(SchoolSubject::of),
        Optional.ofNullable(grade), Optional.ofNullable(year), strict);
    loaded.problems().forEach(p -> err.println(p.severity().russianName() + ": " + p));
    CanonicalJson.write(loaded.data(), out);
    spec.commandLine().getOut().println("Записано: " + out + " (" + loaded.data() + ")");
    return loaded.problems().stream().anyMatch(p -> p.severity() == ImportSeverity.ERROR) ? VsokoCli.EXIT_DATA : 0;
  }

}
