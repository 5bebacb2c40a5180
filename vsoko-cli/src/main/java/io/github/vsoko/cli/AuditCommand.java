package io.github.vsoko.cli;

import io.github.vsoko.analytics.audit.AuditComponents;
import io.github.vsoko.app.AuditedRegulation;
import io.github.vsoko.app.RegulationAuditOutcome;
import io.github.vsoko.app.RegulationAuditRequest;
import io.github.vsoko.app.RegulationAuditWorkflow;
import io.github.vsoko.app.TableContext;
import io.github.vsoko.io.RegulationDocuments;
import io.github.vsoko.model.plan.VsokoPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vsoko audit}: which required components a school's ВСОКО regulation has, with the passages; many schools at once. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Экспертиза положения о ВСОКО: обязательные компоненты (нормативные основания, цели и задачи, принципы, "
        + "субъекты, три направления, процедуры и сроки, документы, функциональная грамотность) с подтверждающими фрагментами; "
        + "по нескольким школам — таблица «школы × компоненты».",
    footer = {"", "Примеры:", "  vsoko audit --regulation положение.docx --plan план.yaml --format html,docx --out экспертиза",
        "  vsoko audit --regulation школа1.html --regulation школа2.txt --format xlsx --out мониторинг"})
final class AuditCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private ReportOutput output;

  @Option(names = "--regulation", required = true, paramLabel = "ФАЙЛ",
      description = "Положение о ВСОКО: .txt, .docx или сохранённая страница .html; можно несколько (по одному на школу).")
  private List<Path> regulations;

  @Option(names = "--plan", paramLabel = "ФАЙЛ", description = "План функционирования (vsoko/1 YAML/JSON) — к первому положению.")
  private Path plan;

  @Option(names = "--name", paramLabel = "НАЗВАНИЕ",
      description = "Названия школ по порядку положений (по умолчанию — имена файлов).")
  private List<String> names = new ArrayList<>();

  @Option(names = "--components", paramLabel = "ФАЙЛ.yaml", description = "Свои компоненты (format: vsoko-audit/1) вместо встроенных.")
  private Path components;

  @Override
  public Integer call() throws IOException {
    Console.check(spec, output.formats);
    AuditComponents c = components == null ? AuditComponents.builtIn()
        : Args.yaml(components, "--components", spec, AuditComponents::load);
    if (names.size() > regulations.size()) {
      throw new ParameterException(spec.commandLine(), "--name: названий (" + names.size() + ") больше, чем положений ("
          + regulations.size() + ")");
    }
    Optional<VsokoPlan> p = plan == null ? Optional.empty()
        : Optional.of(Documents.plan(plan, new TableContext("school", Optional.empty()), spec));
    List<AuditedRegulation> audited = new ArrayList<>();
    for (int i = 0; i < regulations.size(); i++) {
      Path file = regulations.get(i);
      audited.add(new AuditedRegulation(i < names.size() ? names.get(i) : stem(file), RegulationDocuments.read(file)));
    }
    LocalDate date = output.options(spec).date().orElse(LocalDate.now()); // the CLI's clock; the library takes the date
    RegulationAuditOutcome outcome = new RegulationAuditWorkflow().run(new RegulationAuditRequest(audited, p, c, date,
        output.options(spec)));
    Console.print(spec, outcome.summary(), "table");
    return output.write(spec, List.of(outcome.report()));
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
