package io.github.vsoko.cli;

import io.github.vsoko.analytics.audit.AuditComponents;
import io.github.vsoko.analytics.audit.AuditResult;
import io.github.vsoko.analytics.audit.ComponentFinding;
import io.github.vsoko.analytics.audit.RegulationAudit;
import io.github.vsoko.io.RegulationDocuments;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.report.AuditReport;
import java.io.IOException;
import java.io.PrintWriter;
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
  @Mixin private ReportCommand.Output output;

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
    AuditComponents c = AuditComponents.builtIn();
    if (components != null) {
      c = Args.yaml(components, "--components", spec, AuditComponents::load);
    }
    if (names.size() > regulations.size()) {
      throw new ParameterException(spec.commandLine(), "--name: названий (" + names.size() + ") больше, чем положений ("
          + regulations.size() + ")");
    }
    Optional<VsokoPlan> p = plan == null ? Optional.empty()
        : Optional.of(Documents.plan(plan, new Documents.TableContext("school", Optional.empty(), spec.commandLine().getErr())));
    List<AuditResult> results = new ArrayList<>();
    PrintWriter console = spec.commandLine().getOut();
    for (int i = 0; i < regulations.size(); i++) {
      Path file = regulations.get(i);
      String school = i < names.size() ? names.get(i) : stem(file);
      AuditResult r = RegulationAudit.audit(c, school, RegulationDocuments.read(file), i == 0 ? p : Optional.empty());
      results.add(r);
      console.println(school + ": " + (r.gaps().isEmpty() ? "все компоненты есть" : "недостаёт компонентов: " + r.gaps().size()));
      for (ComponentFinding g : r.gaps()) {
        console.println("  " + g.message());
      }
    }
    LocalDate date = output.options(spec).date().orElse(LocalDate.now());
    return output.write(spec, AuditReport.build(results, date, output.options(spec)));
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
