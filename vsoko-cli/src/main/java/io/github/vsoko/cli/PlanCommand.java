package io.github.vsoko.cli;

import io.github.vsoko.model.framework.DocumentFormat;
import io.github.vsoko.model.framework.Responsible;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.RoadMapAction;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.time.RussianMonths;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vsoko plan}: working with a plan of functioning from the command line. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = "План функционирования ВСОКО: что в сроке и что просрочено.",
    subcommands = PlanCommand.Due.class,
    footer = {"", "Пример:", "  vsoko plan due --plan план.yaml --on 15.12.2024"})
final class PlanCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code vsoko plan due}: the plan's rows due in the month of a date and those whose deadline has passed. */
  @Command(name = "due", mixinStandardHelpOptions = true,
      description = "Строки плана со сроком в месяце даты и строки, срок которых прошёл; с --road-map — и просроченные "
          + "мероприятия дорожной карты (не выполненные).",
      footer = {"", "Примеры:", "  vsoko plan due --plan план.yaml --on 15.12.2024",
          "  vsoko plan due --plan план.xlsx --academic-year 2024/2025 --road-map карта.yaml --on 20.01.2025 --format tsv"})
  static final class Due implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ReportCommand.TableOptions table;

    @Option(names = "--plan", required = true, paramLabel = "ФАЙЛ", description = "План: vsoko/1 JSON/YAML или таблица XLSX/CSV.")
    Path plan;

    @Option(names = "--road-map", paramLabel = "ФАЙЛ", description = "Дорожная карта: vsoko/1 JSON/YAML или таблица.")
    Path roadMap;

    @Option(names = "--on", required = true, paramLabel = "ДД.ММ.ГГГГ", description = "Дата.")
    String on;

    @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "table или tsv.")
    String format;

    @Override
    public Integer call() throws IOException {
      LocalDate date = ReportCommand.parseDate(on, "--on", spec);
      VsokoPlan p = Documents.plan(plan, table.context(spec));
      List<String[]> rows = new ArrayList<>();
      YearMonth month = YearMonth.from(date);
      List<PlanItem> due = p.dueIn(month);
      for (PlanItem i : due) {
        rows.add(row("в сроке: " + RussianMonths.nominative(month.getMonth()) + " " + month.getYear(), i));
      }
      for (PlanItem i : p.overdueOn(date)) {
        if (!due.contains(i)) {
          rows.add(row("срок прошёл", i));
        }
      }
      if (roadMap != null) {
        RoadMap m = Documents.roadMap(roadMap, table.context(spec));
        for (RoadMapAction a : m.actions()) {
          if (a.isOverdue(p.year(), date)) {
            rows.add(new String[] {"дорожная карта: просрочено", a.deadline().format(), a.number() + " " + a.title(), "",
                responsible(a.performers()), ""});
          }
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format.equals("tsv")) {
        out.println(String.join("\t", VsokoCli.language(spec).pick(new String[] {"статус", "срок", "объект", "критерии",
            "ответственные", "документ"}, new String[] {"status", "deadline", "object", "criteria", "responsible", "document"})));
        rows.forEach(r -> out.println(String.join("\t", r)));
      } else if (format.equals("table")) {
        out.println(p.title() + " — на " + ReportCommand.RU_DATE.format(date) + ": в сроке " + due.size() + ", просрочено "
            + (rows.size() - due.size()));
        rows.forEach(r -> out.println("  [" + r[0] + "] " + r[2] + (r[3].isEmpty() ? "" : " — " + r[3]) + " (срок: " + r[1]
            + (r[4].isEmpty() ? "" : "; отв.: " + r[4]) + (r[5].isEmpty() ? "" : "; документ: " + r[5]) + ")"));
      } else {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format: table или tsv, получено «" + format + "»");
      }
      return 0;
    }

    private static String[] row(String status, PlanItem i) {
      return new String[] {status, i.schedule().format(), i.object().title(),
          i.criteria().stream().map(c -> c.text()).collect(Collectors.joining("; ")), responsible(i.responsible()),
          i.documents().stream().map(DocumentFormat::title).collect(Collectors.joining("; "))};
    }

    private static String responsible(List<Responsible> parties) {
      return parties.stream().map(Responsible::display).collect(Collectors.joining(", "));
    }
  }
}
