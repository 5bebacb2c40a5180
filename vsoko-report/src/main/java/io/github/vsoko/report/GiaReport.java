package io.github.vsoko.report;

import io.github.vsoko.analytics.gia.GiaGroupResult;
import io.github.vsoko.analytics.gia.GiaGrouping;
import io.github.vsoko.analytics.gia.GiaSubjectResult;
import io.github.vsoko.indicators.RussianFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Итоги ГИА by exam, form, subject and level (report kind {@code gia}), with the machine-readable data: an array of
 * one object per subject (docs/gia.md).
 *
 * @since 0.1.0
 */
public final class GiaReport {
  private GiaReport() {}

  /** The report of one organization's ГИА of a year, by subject. */
  public static Report build(String organization, int year, List<GiaSubjectResult> results, ReportOptions options) {
    return build(organization, year, results, Optional.empty(), List.of(), options);
  }

  /**
   * The report by subject and, with a grouping, a second table of each subject by class or teacher with the lowered
   * and raised shares and the markers; each subject's JSON object then has its {@code groups}.
   */
  public static Report build(String organization, int year, List<GiaSubjectResult> results,
      Optional<GiaGrouping> grouping, List<GiaGroupResult> groups, ReportOptions options) {
    Language l = options.language();
    List<String> head = List.of(l.pick("экзамен", "exam"), l.pick("форма", "form"), l.pick("предмет", "subject"),
        l.pick("уровень", "level"), l.pick("результатов", "results"), l.pick("средний тестовый", "mean test score"),
        l.pick("средний первичный", "mean primary score"), l.pick("отметки", "marks"), l.pick("минимум", "minimum"),
        l.pick("ниже минимума", "below minimum"), l.pick("понизили", "lowered"), l.pick("подтвердили", "confirmed"),
        l.pick("повысили", "raised"), l.pick("без годовой", "no annual mark"), l.pick("шкала", "scale"),
        l.pick("отметка по шкале", "marked by scale"), l.pick("расходится со шкалой", "disagree with scale"),
        l.pick("«2» по условию на часть", "«2» by a part condition"), l.pick("не переведено", "unscaled"));
    List<Row> rows = new ArrayList<>();
    List<SubjectData> subjects = new ArrayList<>();
    for (GiaSubjectResult r : results) {
      rows.add(Row.of(List.of(Cell.text(r.exam().label()), Cell.text(r.form().label()), Cell.text(r.subject().name()),
          Cell.text(r.level().map(v -> l.pick(v.russianName(), v.englishName())).orElse("")), Numbers.integer(r.participants()), Numbers.decimal(r.meanTestScore(), 2),
          Numbers.decimal(r.meanPrimaryScore(), 2),
          Cell.text(marksText(r)),
          r.minimum().isPresent() ? Numbers.integer(r.minimum().getAsInt()) : Cell.text(RussianFormat.NO_DATA),
          r.minimum().isPresent() ? Numbers.integer(r.belowMinimum()) : Cell.text(RussianFormat.NO_DATA),
          Numbers.integer(r.lowered()), Numbers.integer(r.confirmed()),
          Numbers.integer(r.raised()), Numbers.integer(r.noAnnualMark()), Cell.text(l.pick(r.scaled() ? "да" : "нет",
              r.scaled() ? "yes" : "no")), Numbers.integer(r.markedByScale()), Numbers.integer(r.disagreeWithScale()),
          Numbers.integer(r.failedOnPartCondition()), Numbers.integer(r.unscaled()))));
      ReportData.ObjectBuilder marks = ReportData.object();
      r.marks().forEach(marks::put);
      subjects.add(new SubjectData(ReportData.object().put("exam", r.exam().name()).put("form", r.form().name()).put("subject", r.subject().name())
          .put("level", r.level().map(Enum::name).map(ReportData::of).orElse(ReportData.nothing())).put("results", r.participants())
          .put("meanTestScore", RussianFormat.round(r.meanTestScore(), 2).orElse(null))
          .put("meanPrimaryScore", RussianFormat.round(r.meanPrimaryScore(), 2).orElse(null))
          .put("marks", marks.build())
          .put("minimum", r.minimum().isPresent() ? ReportData.of(r.minimum().getAsInt()) : ReportData.nothing())
          .put("belowMinimum", r.minimum().isPresent() ? ReportData.of(r.belowMinimum()) : ReportData.nothing())
          .put("lowered", r.lowered()).put("confirmed", r.confirmed())
          .put("raised", r.raised()).put("noAnnualMark", r.noAnnualMark()).put("scaled", r.scaled())
          .put("markedByScale", r.markedByScale()).put("disagreeWithScale", r.disagreeWithScale())
          .put("failedOnPartCondition", r.failedOnPartCondition()).put("unscaled", r.unscaled()), new ArrayList<>()));
    }
    List<Block> blocks = new ArrayList<>(List.of(TableReports.table("gia", "", head, rows)));
    if (grouping.isPresent()) {
      boolean byTeacher = grouping.get() == GiaGrouping.TEACHER;
      blocks.add(new Heading(2, byTeacher ? l.pick("Результаты и годовые отметки по учителям", "By teacher")
          : l.pick("Результаты и годовые отметки по классам", "By class")));
      blocks.add(Paragraph.text(l.pick("Понизили — экзаменационная отметка ниже годовой, повысили — выше; доли — от "
          + "результатов, у которых есть обе отметки. Маркер ставится, если доля группы значимо выше, чем у остальных "
          + "результатов по предмету (z ≥ 2,58 и не менее 20 п. п.), — как для классов в анализе ВПР.",
          "Lowered: the exam mark below the annual mark; shares of results with both marks. A marker: the group's share "
          + "significantly above the rest of the subject (z ≥ 2.58, at least 20 points).")));
      List<Row> groupRows = new ArrayList<>();
      for (GiaGroupResult g : groups) {
        GiaSubjectResult r = g.result();
        List<String> markers = new ArrayList<>();
        if (g.loweredStandsOut()) {
          markers.add(l.pick("понижение чаще, чем у остальных", "lowered more often"));
        }
        if (g.raisedStandsOut()) {
          markers.add(l.pick("повышение чаще, чем у остальных", "raised more often"));
        }
        groupRows.add(Row.of(List.of(Cell.text(g.group()), Cell.text(r.form().label()), Cell.text(r.subject().name()
                + r.level().map(v -> " (" + l.pick(v.russianName(), v.englishName()) + ")").orElse("")),
            Numbers.integer(r.participants()), Cell.text(marksText(r)), Numbers.integer(g.compared()),
            Numbers.percentCell(r.lowered(), g.compared()), Numbers.percentCell(r.confirmed(), g.compared()),
            Numbers.percentCell(r.raised(), g.compared()), Numbers.integer(r.noAnnualMark()),
            Cell.text(String.join("; ", markers)))));
        for (int i = 0; i < results.size(); i++) {
          GiaSubjectResult s = results.get(i);
          if (s.exam() == r.exam() && s.form() == r.form() && s.subject().equals(r.subject()) && s.level().equals(r.level())) {
            subjects.get(i).add(groupData(g));
          }
        }
      }
      blocks.add(TableReports.table("gia-groups", "", List.of(byTeacher ? l.pick("учитель", "teacher") : l.pick("класс", "class"),
          l.pick("форма", "form"), l.pick("предмет", "subject"), l.pick("результатов", "results"), l.pick("отметки", "marks"),
          l.pick("с годовой", "with annual"), l.pick("понизили, %", "lowered, %"), l.pick("подтвердили, %", "confirmed, %"),
          l.pick("повысили, %", "raised, %"), l.pick("без годовой", "no annual mark"), l.pick("маркеры", "markers")), groupRows));
    }
    List<ReportData> data = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      ReportData.ObjectBuilder b = subjects.get(i).object();
      if (grouping.isPresent()) {
        b.put("groups", ReportData.array(subjects.get(i).groups()));
      }
      data.add(b.build());
    }
    return TableReports.report("gia", l.pick("Итоги ГИА", "State final attestation") + ", " + year, Optional.of(organization),
        blocks, LocalDate.of(year, 12, 31), options).withData(ReportData.array(data));
  }

  private static String marksText(GiaSubjectResult r) {
    return r.marks().entrySet().stream().map(e -> "«" + e.getKey() + "»: " + e.getValue()).collect(Collectors.joining(", "));
  }

  private static ReportData groupData(GiaGroupResult g) {
    GiaSubjectResult r = g.result();
    ReportData.ObjectBuilder marks = ReportData.object();
    r.marks().forEach(marks::put);
    return ReportData.object().put("group", g.group()).put("results", r.participants()).put("marks", marks.build())
        .put("lowered", r.lowered()).put("confirmed", r.confirmed()).put("raised", r.raised())
        .put("noAnnualMark", r.noAnnualMark()).put("loweredStandsOut", g.loweredStandsOut())
        .put("raisedStandsOut", g.raisedStandsOut()).build();
  }

  /** A subject's JSON object under construction and its groups. */
  private record SubjectData(ReportData.ObjectBuilder object, List<ReportData> groups) {
    void add(ReportData group) {
      groups.add(group);
    }
  }
}
