package io.github.vsoko.app;

import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.PolicyKey;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.report.Block;
import io.github.vsoko.report.Heading;
import io.github.vsoko.report.Language;
import io.github.vsoko.report.ListBlock;
import io.github.vsoko.report.ListItem;
import io.github.vsoko.report.Paragraph;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportOptions;
import io.github.vsoko.report.ReportRenderer;
import io.github.vsoko.report.ReportRenderers;
import io.github.vsoko.report.Row;
import io.github.vsoko.report.Table;
import java.security.CodeSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What this installation of vsoko found (поставщики): the indicator sets with their versions and where they come from,
 * the report formats with their renderers and jars, the policies, and every provider that failed to load, located —
 * the first thing to look at when a vendor's jar does not show up.
 *
 * @since 0.1.0
 */
public final class ProviderInventory {
  private ProviderInventory() {}

  /** The inventory as a report (kind {@code providers}). */
  public static Report report(IndicatorRegistry registry, ReportRenderers renderers, ReportOptions options) {
    Language l = options.language();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(1, l.pick("Наборы показателей", "Indicator sets")));
    List<Row> sets = new ArrayList<>();
    for (IndicatorSet s : registry.sets()) {
      sets.add(Row.of(s.id(), s.version(), Integer.toString(s.definitions().size()), s.title(),
          registry.origin(s.id()).orElse("")));
    }
    blocks.add(new Table("sets", "", List.of(Row.of(l.pick("набор", "set"), l.pick("версия", "version"),
        l.pick("строк", "rows"), l.pick("название", "title"), l.pick("откуда", "from"))), sets, List.of(2, 1, 1, 6, 6)));
    blocks.add(new Heading(1, l.pick("Форматы отчётов", "Report formats")));
    List<Row> formats = new ArrayList<>();
    for (String f : renderers.formats()) {
      ReportRenderer r = renderers.get(f);
      formats.add(Row.of(f, r.extension(), r.getClass().getName(), location(r.getClass())));
    }
    blocks.add(new Table("renderers", "", List.of(Row.of(l.pick("формат", "format"), l.pick("расширение", "extension"),
        l.pick("класс", "class"), l.pick("откуда", "from"))), formats, List.of(1, 1, 6, 6)));
    blocks.add(new Heading(1, l.pick("Правила расчёта", "Policies")));
    List<Row> policies = new ArrayList<>();
    for (PolicyKey<?> p : registry.policies()) {
      policies.add(Row.of(p.name(), p.print(p.defaultValue()), String.join(", ", p.choices())));
    }
    blocks.add(new Table("policies", "", List.of(Row.of(l.pick("правило", "policy"), l.pick("по умолчанию", "default"),
        l.pick("значения", "values"))), policies, List.of(3, 2, 4)));
    blocks.add(new Heading(1, l.pick("Не загружены", "Not loaded")));
    if (registry.problems().isEmpty()) {
      blocks.add(Paragraph.text(l.pick("Все поставщики загружены.", "Every provider loaded.")));
    } else {
      blocks.add(new ListBlock(registry.problems().stream().map(Problem::toString).map(ListItem::warning).toList()));
    }
    return new Report("providers", l.pick("Поставщики vsoko", "vsoko providers"), Optional.empty(), Optional.empty(), blocks,
        options.date().orElse(LocalDate.of(2000, 1, 1)), l);
  }

  private static String location(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return source == null || source.getLocation() == null ? "" : source.getLocation().toString();
  }
}
