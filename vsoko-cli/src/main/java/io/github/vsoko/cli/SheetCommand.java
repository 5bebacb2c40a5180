package io.github.vsoko.cli;

import io.github.vsoko.analytics.effectiveness.EffectivenessSheet;
import io.github.vsoko.analytics.effectiveness.SheetAnswers;
import io.github.vsoko.app.DocumentFiles;
import io.github.vsoko.app.EffectivenessSheetOutcome;
import io.github.vsoko.app.EffectivenessSheetRequest;
import io.github.vsoko.app.EffectivenessSheetWorkflow;
import io.github.vsoko.app.SheetSchool;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vsoko sheet}: the effectiveness evaluation sheet of one school, or of many side by side. */
@Command(
    name = "sheet",
    mixinStandardHelpOptions = true,
    description = "Оценочный лист эффективности функционирования ВСОКО: критерии, которые видны по модели ВСОКО и данным, "
        + "оцениваются автоматически с основанием, остальные — по ответам школы; по нескольким школам — сравнение.",
    footer = {"", "Примеры:",
        "  vsoko sheet --data школа.json --model всоко.yaml --answers ответы.yaml --academic-year 2024/2025 --format html,docx --out лист",
        "  vsoko sheet --data sch1.json --model sch1-всоко.yaml --data sch2.json --answers sch2-ответы.yaml --academic-year 2024/2025 "
            + "--format xlsx --out сравнение"})
final class SheetCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private ReportOutput output;

  /** One school's inputs; the group repeats per school, each starting with --data. */
  static final class School {
    @Option(names = "--data", required = true, paramLabel = "ФАЙЛ", description = "Данные школы (vsoko/1 JSON).")
    Path data;

    @Option(names = "--model", paramLabel = "ФАЙЛ", description = "Модель ВСОКО школы (vsoko/1 YAML/JSON): документы, план, дорожные карты.")
    Path model;

    @Option(names = "--answers", paramLabel = "ФАЙЛ", description = "Ответы школы (format: vsoko-sheet-answers/1).")
    Path answers;
  }

  @ArgGroup(exclusive = false, multiplicity = "1..*")
  private List<School> schools;

  @Option(names = "--academic-year", required = true, paramLabel = "ГГГГ/ГГГГ", description = "Учебный год листа.")
  private String academicYear;

  @Option(names = "--recommendations", paramLabel = "ФАЙЛ", description = "Адресные рекомендации (vsoko/1), выданные школам.")
  private Path recommendations;

  @Option(names = "--sheet", paramLabel = "ФАЙЛ.yaml", description = "Свой оценочный лист (format: vsoko-sheet/1) вместо встроенного.")
  private Path sheetFile;

  @Override
  public Integer call() throws IOException {
    Console.check(spec, output.formats);
    AcademicYear year = Args.academicYear(academicYear, "--academic-year", spec);
    EffectivenessSheet sheet = sheetFile == null ? EffectivenessSheet.builtIn()
        : Args.yaml(sheetFile, "--sheet", spec, EffectivenessSheet::load);
    List<Recommendation> recs = recommendations == null ? List.of() : DocumentFiles.recommendations(recommendations);
    List<SheetSchool> inputs = new ArrayList<>();
    for (School s : schools) {
      SchoolData data = Args.schoolData(s.data, "--data", spec);
      SheetAnswers answers = s.answers == null ? SheetAnswers.none(data.organization().id())
          : Args.yaml(s.answers, "--answers", spec, SheetAnswers::load);
      inputs.add(new SheetSchool(data, s.model == null ? Optional.empty() : Optional.of(DocumentFiles.model(s.model)), answers,
          s.answers == null ? "" : s.answers.toString()));
    }
    EffectivenessSheetOutcome outcome = new EffectivenessSheetWorkflow().run(new EffectivenessSheetRequest(inputs, year, recs,
        sheet, output.options(spec)));
    Console.print(spec, outcome.summary(), "table");
    return output.write(spec, outcome.reports());
  }
}
