package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemSeverity;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.indicators.IndicatorDefinition;
import io.github.vsoko.model.framework.AssessmentObject;
import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.framework.Responsible;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.RoadMapAction;
import io.github.vsoko.model.plan.RoadMapSection;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.schedule.Schedule;
import io.github.vsoko.model.schedule.Unrecognised;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a plan of functioning and a road map from tables laid out like the source documents.
 *
 * <p>Plan: columns «Объект/предмет ВСОКО», «Критерии…», «Показатели…», «Ответственный», «Сроки»,
 * «Формат документа»; rows naming a quality area («Качество образовательных результатов») start its
 * part. A row with an empty object continues the one above (merged cells): empty cells take the
 * values above. Cells with several responsible parties, indicators or documents are split by line
 * breaks (responsible parties also by commas; «…по УВР, по ВВВР» keeps the role's head). A criterion
 * or indicator worded like a registered indicator (letters and digits alike: case, «ё», quotes, punctuation and
 * spacing aside) or starting with its official code («1.5 …», «п. 1.5», «показатель 1.5» — when one indicator
 * given has that code) is linked to it by id; {@code vsoko plan check} lists the rows left unlinked. An optional
 * column «Отметка о выполнении» records the execution of each deadline ({@link ExecutionCells}). The table may be
 * in a workbook, a CSV file, an HTML page or a Word document (the appendix of a regulation).
 *
 * <p>Road map: columns «№», «Мероприятие», «Сроки», «Ответственные / Исполнители», optionally
 * «Действия по реализации», «Ожидаемый результат» and «Статус» («выполнено 20.05.2025», «выполняется», «отменено»;
 * {@link ActionStatusCell}); a row with only a title is a section heading.
 *
 * @since 0.1.0
 */
public final class PlanTablesImport {
  private PlanTablesImport() {}

  private static final class Columns {
    final int[] index;

    Columns(List<String> folded, List<Predicate<String>> which) {
      index = new int[which.size()];
      for (int k = 0; k < which.size(); k++) {
        index[k] = -1;
        for (int i = 0; i < folded.size(); i++) {
          if (which.get(k).test(folded.get(i))) {
            index[k] = i;
            break;
          }
        }
      }
    }

    String get(TableRow row, int k) {
      return index[k] < 0 ? "" : row.cell(index[k]);
    }
  }

  private static final List<Predicate<String>> PLAN_COLUMNS = List.of(
      h -> h.startsWith("объект"), h -> h.startsWith("критери"), h -> h.startsWith("показател"),
      h -> h.startsWith("ответствен"), h -> h.startsWith("срок"), h -> h.startsWith("формат"),
      h -> h.startsWith("отметка о выполнении") || h.startsWith("отметка об исполнении") || h.equals("выполнение")
          || h.equals("исполнение") || h.startsWith("выполнение (") || h.startsWith("статус"));
  private static final List<Predicate<String>> ROAD_MAP_COLUMNS = List.of(
      h -> h.equals("№") || h.equals("№ п/п") || h.equals("no") || h.equals("номер"),
      h -> h.startsWith("мероприяти") || h.startsWith("наименование мероприят"), h -> h.startsWith("срок"),
      h -> h.startsWith("ответствен") || h.startsWith("исполнител"), h -> h.startsWith("действия"),
      h -> h.startsWith("ожидаемый"),
      h -> h.startsWith("статус") || h.startsWith("отметка о выполнении") || h.startsWith("отметка об исполнении")
          || h.equals("выполнение") || h.equals("исполнение"));

  private record Sheet(TableSource source, String sheet, String title, List<TableRow> rows, Columns columns, TableRow header) {}

  private static Sheet find(Path file, List<Predicate<String>> columns, int[] required, String what) {
    try (TableSource source = TableSources.open(file, Optional.empty())) {
      for (String sheet : source.sheets()) {
        try (Stream<TableRow> stream = source.rows(sheet)) {
          Iterator<TableRow> it = stream.iterator();
          String title = "";
          for (int seen = 0; it.hasNext() && seen < 30; seen++) {
            TableRow row = it.next();
            List<String> folded = row.cells().stream().map(VprColumns::fold).toList();
            Columns c = new Columns(folded, columns);
            boolean all = true;
            for (int k : required) {
              all &= c.index[k] >= 0;
            }
            if (all) {
              List<TableRow> rest = new ArrayList<>();
              it.forEachRemaining(rest::add);
              return new Sheet(source, sheet, title, rest, c, row);
            }
            if (title.isEmpty() && !row.isBlank()) {
              title = row.cells().stream().filter(x -> !x.isBlank()).findFirst().orElse("");
            }
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ProblemException(List.of(Problem.ofFile(file.toString(), "не удаётся прочитать: " + e.getMessage())));
    }
    throw new ProblemException(List.of(Problem.ofFile(file.toString(), "не найдена строка заголовков " + what)));
  }

  private static Problem problem(Sheet s, int row, int column, String value, String message) {
    return Problem.inFile(ProblemSeverity.WARNING, s.source().file(), s.source().isCsv() ? Optional.empty() : Optional.of(s.sheet()),
        OptionalInt.of(row), column < 0 ? Optional.empty() : Optional.of(ColumnNames.letter(column)),
        column < 0 || s.header().cell(column).isEmpty() ? Optional.empty() : Optional.of(s.header().cell(column)),
        value == null || value.isEmpty() ? Optional.empty() : Optional.of(value), message);
  }

  private static List<String> lines(String cell) {
    return cell.lines().map(l -> l.strip()).map(l -> l.matches(".*[.;,]$") && !l.endsWith("г.") ? l.substring(0, l.length() - 1).strip() : l)
        .filter(l -> !l.isEmpty()).map(PlanTablesImport::capitalize).toList();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** «Заместители директора по УВР, по ВВВР, методисты» → three roles, the second keeping the head. */
  static List<String> roles(String cell) {
    List<String> out = new ArrayList<>();
    for (String line : cell.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      String head = "";
      for (String part : line.split("\\s*[,;]\\s*")) {
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        if (p.startsWith("по ") && !head.isEmpty()) {
          p = head + " " + p;
        } else {
          int by = p.indexOf(" по ");
          head = by > 0 ? p.substring(0, by) : "";
        }
        out.add(capitalize(p));
      }
    }
    return out;
  }

  private static Optional<QualityArea> area(String folded) {
    if (!folded.startsWith("качество")) {
      return Optional.empty();
    }
    if (folded.contains("результат")) {
      return Optional.of(QualityArea.RESULTS);
    }
    if (folded.contains("услови")) {
      return Optional.of(QualityArea.CONDITIONS);
    }
    if (folded.contains("деятельност") || folded.contains("процесс")) {
      return Optional.of(QualityArea.PROCESS);
    }
    return Optional.empty();
  }

  /**
   * Reads a plan of functioning.
   *
   * @throws ProblemException when no plan table is found, or (strict) for any problem
   */
  public static PlanImportResult<VsokoPlan> readPlan(Path file, PlanImportOptions options) {
    Sheet s = find(file, PLAN_COLUMNS, new int[] {0, 1, 3, 4}, "плана функционирования (Объект, Критерии, Ответственный, Сроки)");
    Map<String, String> titles = options.indicators().stream()
        .collect(Collectors.toMap(d -> squeeze(d.title()), IndicatorDefinition::id, (a, b) -> a));
    Map<String, List<IndicatorDefinition>> byCode = options.indicators().stream()
        .collect(Collectors.groupingBy(IndicatorDefinition::code, java.util.TreeMap::new, Collectors.toList()));
    List<Problem> problems = new ArrayList<>();
    List<PlanItem> items = new ArrayList<>();
    QualityArea area = null;
    PlanItem previous = null;
    for (TableRow row : s.rows()) {
      if (row.isBlank()) {
        continue;
      }
      String object = s.columns().get(row, 0);
      // a heading across the table: one text (a page or an export may repeat it into every spanned cell)
      List<String> filled = row.cells().stream().filter(c -> !c.isBlank()).map(String::strip).distinct().toList();
      Optional<QualityArea> heading = filled.size() == 1 ? area(VprColumns.fold(filled.get(0))) : Optional.empty();
      if (heading.isPresent()) {
        area = heading.get();
        previous = null;
        continue;
      }
      if (area == null) {
        problems.add(problem(s, row.number(), -1, null,
            "строка до первого заголовка направления («Качество образовательных результатов»…) — не импортирована"));
        continue;
      }
      boolean continues = object.isBlank() && previous != null;
      if (object.isBlank() && previous == null) {
        problems.add(problem(s, row.number(), s.columns().index[0], null, "нет объекта ВСОКО — строка не импортирована"));
        continue;
      }
      AssessmentObject assessmentObject = continues ? previous.object() : new AssessmentObject(area, object.strip());
      PlanItem.Builder b = PlanItem.builder(assessmentObject);
      String criteria = s.columns().get(row, 1);
      String indicators = s.columns().get(row, 2);
      String responsible = s.columns().get(row, 3);
      String schedule = s.columns().get(row, 4);
      String documents = s.columns().get(row, 5);
      if (!criteria.isBlank()) {
        b.criterion(criteria.strip().replaceAll("\\s*\\n\\s*", " "));
      } else if (continues) {
        previous.criteria().forEach(c -> b.criterion(c.text()));
      }
      List<IndicatorReference> refs = new ArrayList<>();
      if (!indicators.isBlank()) {
        lines(indicators).forEach(t -> refs.add(IndicatorReference.freeText(t)));
      } else if (continues) {
        previous.indicators().stream().filter(r -> r instanceof io.github.vsoko.model.framework.FreeTextIndicator).forEach(refs::add);
      }
      List<String> candidates = new ArrayList<>(List.of(criteria, indicators));
      candidates.addAll(lines(criteria));
      candidates.addAll(lines(indicators));
      for (String text : candidates) {
        String id = titles.get(squeeze(text));
        if (id == null) {
          java.util.regex.Matcher code = OFFICIAL_CODE.matcher(text.strip());
          if (code.lookingAt()) {
            id = byCode(byCode.getOrDefault(code.group(1), List.of()), text.strip().substring(code.end()));
          }
        }
        String found = id;
        if (found != null && refs.stream().noneMatch(r -> r.display().equals(found))) {
          refs.add(IndicatorReference.registered(found));
        }
      }
      refs.forEach(b::indicator);
      if (!responsible.isBlank()) {
        roles(responsible).forEach(r -> b.responsible(Responsible.of(r)));
      } else if (continues) {
        previous.responsible().forEach(b::responsible);
      }
      if (!schedule.isBlank()) {
        Schedule read = Schedule.parseOrKeep(schedule);
        b.schedule(read);
        if (read instanceof Unrecognised u) {
          problems.add(problem(s, row.number(), s.columns().index[4], schedule, "срок не распознан (" + u.reason()
              + "); сохранён как написан, в сроки и просрочки не входит"));
        }
      } else if (continues) {
        b.schedule(previous.schedule());
      }
      if (!documents.isBlank()) {
        b.documents(lines(documents).toArray(String[]::new));
      } else if (continues) {
        previous.documents().forEach(d -> b.documents(d.title()));
      }
      String execution = s.columns().get(row, 6);
      if (!execution.isBlank()) {
        Schedule rowSchedule = b.build().schedule();
        int rowNumber = row.number();
        ExecutionCells.read(execution, rowSchedule, options.year(),
            message -> problems.add(problem(s, rowNumber, s.columns().index[6], execution, message))).forEach(b::execution);
      }
      PlanItem item = b.build();
      items.add(item);
      previous = item.toBuilder().clearExecutions().build(); // a continued row takes the cells above, not their records
    }
    String title = s.title().isBlank() ? "План функционирования ВСОКО" : s.title().strip();
    VsokoPlan plan = new VsokoPlan(options.organizationId(), options.year(), title, items);
    if (options.mode() == ImportMode.STRICT && !problems.isEmpty()) {
      throw new ProblemException(problems);
    }
    return new PlanImportResult<>(plan, problems);
  }

  /**
   * The indicator an official code names: a bare code («1.5», «п. 1.5») names the one indicator given with it; a code
   * with words names the one whose title the words begin like (ten letters at least in common — so a plan's own
   * numbering «2.1 Анализ …» links to nothing, and 1.5 of schools is told from 1.5 of kindergartens); none otherwise.
   */
  private static String byCode(List<IndicatorDefinition> withCode, String rest) {
    String words = squeeze(rest);
    if (words.isEmpty()) {
      return withCode.size() == 1 ? withCode.get(0).id() : null; // a bare code names one indicator or none
    }
    IndicatorDefinition best = null;
    int longest = 9;
    for (IndicatorDefinition d : withCode) {
      String title = squeeze(d.title());
      int common = 0;
      while (common < title.length() && common < words.length() && title.charAt(common) == words.charAt(common)) {
        common++;
      }
      if (common > longest) {
        longest = common;
        best = d;
      }
    }
    return best == null ? null : best.id();
  }

  /** A cell that starts with an official code: «1.5», «п. 1.5», «показатель 1.5», «(1.5)». */
  private static final java.util.regex.Pattern OFFICIAL_CODE = java.util.regex.Pattern.compile(
      "(?:п\\.\\s*|показатель\\s+|\\()?(\\d{1,2}(?:\\.\\d{1,2}){1,2})\\.?\\)?(?=\\s|$)",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * A wording reduced to its letters and digits (case, «ё», quotes, punctuation, spaces and a trailing full stop do not
   * count), so that a plan's copy of an official title with other spacing or quotes still links.
   */
  static String squeeze(String text) {
    String folded = VprColumns.fold(text);
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Reads a road map.
   *
   * @param lastYear the last academic year it covers
   * @throws ProblemException when no road-map table is found, or (strict) for any problem
   */
  public static PlanImportResult<RoadMap> readRoadMap(Path file, PlanImportOptions options, io.github.vsoko.model.time.AcademicYear lastYear) {
    Sheet s = find(file, ROAD_MAP_COLUMNS, new int[] {1, 2}, "дорожной карты (Мероприятие, Сроки)");
    List<Problem> problems = new ArrayList<>();
    List<RoadMapSection> sections = new ArrayList<>();
    String sectionNumber = "";
    String sectionTitle = "";
    List<RoadMapAction> actions = new ArrayList<>();
    for (TableRow row : s.rows()) {
      if (row.isBlank()) {
        continue;
      }
      List<String> filled = row.cells().stream().filter(c -> !c.isBlank()).toList();
      String number = s.columns().get(row, 0).strip();
      String title = s.columns().get(row, 1).strip();
      String deadline = s.columns().get(row, 2);
      boolean heading = filled.size() == 1 || (filled.size() == 2 && !number.isEmpty() && !title.isEmpty() && deadline.isBlank()
          && s.columns().get(row, 3).isBlank() && s.columns().get(row, 5).isBlank() && s.columns().get(row, 4).isBlank());
      if (heading) {
        if (!actions.isEmpty() || !sectionTitle.isEmpty()) {
          sections.add(new RoadMapSection(sectionNumber, sectionTitle, actions));
          actions = new ArrayList<>();
        }
        String text = filled.size() == 1 ? filled.get(0).strip() : number + " " + title;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+(.*)$", java.util.regex.Pattern.DOTALL)
            .matcher(text);
        sectionNumber = m.matches() ? m.group(1) : "";
        sectionTitle = (m.matches() ? m.group(2) : text).replaceAll("\\s+", " ").strip();
        continue;
      }
      if (title.isEmpty()) {
        problems.add(problem(s, row.number(), s.columns().index[1], null, "нет мероприятия — строка не импортирована"));
        continue;
      }
      RoadMapAction.Builder b = RoadMapAction.builder(number, title.replaceAll("\\s*\\n\\s*", " "));
      if (!deadline.isBlank()) {
        Schedule read = Schedule.parseOrKeep(deadline);
        b.deadline(read);
        if (read instanceof Unrecognised u) {
          problems.add(problem(s, row.number(), s.columns().index[2], deadline, "срок не распознан (" + u.reason()
              + "); сохранён как написан, в сроки и просрочки не входит"));
        }
      }
      String performers = s.columns().get(row, 3);
      performers.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> b.performer(Responsible.of(l)));
      String taken = s.columns().get(row, 4);
      if (!taken.isBlank()) {
        b.actionsTaken(taken.replaceAll("\\s*\\n\\s*", " "));
      }
      String expected = s.columns().get(row, 5);
      if (!expected.isBlank()) {
        b.expectedResult(expected.replaceAll("\\s*\\n\\s*", " "));
      }
      String status = s.columns().get(row, 6);
      if (!status.isBlank()) {
        int rowNumber = row.number();
        ActionStatusCell.read(status, b, message -> problems.add(problem(s, rowNumber, s.columns().index[6], status, message)));
      }
      actions.add(b.build());
    }
    if (!actions.isEmpty() || !sectionTitle.isEmpty()) {
      sections.add(new RoadMapSection(sectionNumber, sectionTitle, actions));
    }
    String title = s.title().isBlank() ? "Дорожная карта" : s.title().strip().replaceAll("\\s+", " ");
    RoadMap map = new RoadMap(title, Optional.empty(), options.year(), lastYear, sections);
    if (options.mode() == ImportMode.STRICT && !problems.isEmpty()) {
      throw new ProblemException(problems);
    }
    return new PlanImportResult<>(map, problems);
  }
}
