package io.github.vsoko.cli;

import io.github.vsoko.analytics.effectiveness.CriterionScore;
import io.github.vsoko.analytics.effectiveness.EffectivenessSheet;
import io.github.vsoko.analytics.effectiveness.SheetAnswers;
import io.github.vsoko.analytics.effectiveness.SheetEvaluation;
import io.github.vsoko.analytics.effectiveness.SheetInputs;
import io.github.vsoko.analytics.effectiveness.SheetResult;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.report.EffectivenessSheetReport;
import io.github.vsoko.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
  @Mixin private ReportCommand.Output output;

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
    AcademicYear year = Args.academicYear(academicYear, "--academic-year", spec);
    EffectivenessSheet sheet = EffectivenessSheet.builtIn();
    if (sheetFile != null) {
      sheet = Args.yaml(sheetFile, "--sheet", spec, EffectivenessSheet::load);
    }
    List<Recommendation> recs = recommendations == null ? List.of() : Documents.recommendations(recommendations);
    List<SheetResult> results = new ArrayList<>();
    PrintWriter console = spec.commandLine().getOut();
    for (School s : schools) {
      SchoolData data = Args.schoolData(s.data, "--data", spec);
      SheetInputs in = SheetInputs.of(data, year).withRecommendations(recs);
      if (s.model != null) {
        in = in.withModel(Documents.model(s.model));
      }
      SheetAnswers answers = SheetAnswers.none(data.organization().id());
      if (s.answers != null) {
        answers = Args.yaml(s.answers, "--answers", spec, SheetAnswers::load);
        if (!answers.organizationId().equals(data.organization().id())) {
          throw new IllegalArgumentException(s.answers + ": ответы организации «" + answers.organizationId() + "», а данные — «"
              + data.organization().id() + "»");
        }
      }
      SheetResult r;
      try {
        r = SheetEvaluation.evaluate(sheet, in, answers);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException((s.answers == null ? "" : s.answers + ": ") + e.getMessage(), e);
      }
      results.add(r);
      console.println(r.organizationName() + ": " + r.total() + " из " + r.max() + " (" + Decimals.text(r.percent()) + " %), уровень «"
          + r.level().name() + "»; без ответа: " + r.unanswered().size());
      for (CriterionScore c : r.unanswered()) {
        console.println("  " + c.criterion().id() + " " + c.criterion().title() + " — " + c.evidence());
      }
    }
    LocalDate date = output.options(spec).date().orElse(year.end());
    List<Report> reports = new ArrayList<>();
    if (results.size() == 1) {
      reports.add(EffectivenessSheetReport.build(results.get(0), date, output.options(spec)));
    } else {
      reports.add(EffectivenessSheetReport.compare(results, date, output.options(spec)));
      for (int i = 0; i < results.size(); i++) {
        SheetResult r = results.get(i);
        String id = r.organizationId().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        reports.add(EffectivenessSheetReport.build(r, date, output.options(spec))
            .withKind("effectiveness-sheet-" + (id.isEmpty() ? Integer.toString(i + 1) : id)));
      }
    }
    return output.write(spec, reports.toArray(Report[]::new));
  }
}
