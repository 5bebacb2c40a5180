package io.github.vsoko.report;

import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.VprMarkCounts;
import io.github.vsoko.analytics.vpr.VprSchoolResult;
import io.github.vsoko.analytics.vpr.VprWork;
import io.github.vsoko.indicators.RussianFormat;
import io.github.vsoko.model.school.VprGroupLevel;
import io.github.vsoko.model.school.VprJournalStatistics;
import io.github.vsoko.model.school.VprMarkStatistics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The comparison of a ВПР study with the ФИС ОКО statistics (сравнение с муниципалитетом, регионом и Россией): for
 * each work the study's schools (their marks from the result files) beside the groups of «Статистика по отметкам» —
 * Russia, the region, the municipality, the schools as ФИС ОКО printed them — and the journal comparison of «Сравнение
 * отметок с отметками по журналу» by group; with the machine-readable {@code baseline}.
 *
 * @since 0.1.0
 */
public final class VprBaseline {
  private VprBaseline() {}

  /** The blocks: a heading, a sentence per work and a table per work; empty without statistics. */
  public static List<Block> blocks(VprAnalysisResult result, List<VprMarkStatistics> marks, List<VprJournalStatistics> journal,
      Language l) {
    List<Block> out = new ArrayList<>();
    if (marks.isEmpty() && journal.isEmpty()) {
      return out;
    }
    out.add(new Heading(1, l.pick("Сравнение с муниципалитетом, регионом и Россией", "Comparison with the municipality, "
        + "region and Russia")));
    out.add(Paragraph.text(l.pick("Строки «по файлам» посчитаны vsoko по результатам участников; остальные — статистика ФИС ОКО "
        + "как она напечатана (доли в процентах). Качество — доля «4» и «5», успеваемость — доля «3», «4» и «5».",
        "Rows «from the files» are computed by vsoko; the others are the ФИС ОКО statistics as printed.")));
    Map<VprWork, List<VprMarkStatistics>> byWork = new TreeMap<>();
    marks.forEach(m -> byWork.computeIfAbsent(new VprWork(m.subject(), m.grade(), m.year()), w -> new ArrayList<>()).add(m));
    for (Map.Entry<VprWork, List<VprMarkStatistics>> e : byWork.entrySet()) {
      VprWork work = e.getKey();
      out.add(new Heading(2, work.toString()));
      List<Row> rows = new ArrayList<>();
      List<VprSchoolResult> ours = result.schools().stream().filter(s -> s.work().equals(work)).toList();
      for (VprMarkStatistics m : e.getValue()) { // the groups ФИС ОКО printed first, in bold: what every school is read against
        rows.add(new Row(List.of(Cell.text(m.name() + m.code().map(c -> " (" + c + ")").orElse("")),
            Cell.text(l.pick(m.level().title(), m.level().name().toLowerCase(java.util.Locale.ROOT))),
            Numbers.integer(m.participants()), Numbers.percent(m.percent(2)), Numbers.percent(m.percent(3)),
            Numbers.percent(m.percent(4)), Numbers.percent(m.percent(5)), Numbers.percent(m.percent(4).add(m.percent(5))),
            Numbers.percent(m.percent(3).add(m.percent(4)).add(m.percent(5)))),
            m.level() == VprGroupLevel.SCHOOL ? RowKind.NORMAL : RowKind.TOTAL, 0));
      }
      for (VprSchoolResult s : ours) {
        VprMarkCounts m = s.marks();
        long n = m.total();
        rows.add(Row.of(List.of(Cell.text(s.school() + l.pick(" — по файлам", " — from the files")), Cell.text("ОО"),
            Numbers.integer(n), Numbers.percentCell(m.two(), n), Numbers.percentCell(m.three(), n),
            Numbers.percentCell(m.four(), n), Numbers.percentCell(m.five(), n), Numbers.percentCell(m.four() + m.five(), n),
            Numbers.percentCell(m.three() + m.four() + m.five(), n))));
      }
      out.add(sentence(ours, e.getValue(), l));
      out.add(new Table("vpr-baseline", "", List.of(Row.of(l.pick("Группа участников", "Group"), l.pick("Уровень", "Level"),
          l.pick("Участников", "Participants"), "«2», %", "«3», %", "«4», %", "«5», %", l.pick("Качество, %", "Quality, %"),
          l.pick("Успеваемость, %", "Progress, %"))), rows, List.of(30, 12, 11, 8, 8, 8, 8, 10, 12)));
    }
    if (!journal.isEmpty()) {
      out.add(new Heading(2, l.pick("Сравнение отметок с отметками по журналу (ФИС ОКО)", "Marks against the journal (ФИС ОКО)")));
      List<Row> rows = new ArrayList<>();
      for (VprJournalStatistics j : journal) {
        rows.add(Row.of(List.of(Cell.text(new VprWork(j.subject(), j.grade(), j.year()).toString()),
            Cell.text(j.name() + j.code().map(c -> " (" + c + ")").orElse("")),
            Cell.text(l.pick(j.level().title(), j.level().name().toLowerCase(java.util.Locale.ROOT))),
            Numbers.integer(j.participants()), Cell.share(RussianFormat.number(j.loweredPercent()), j.lowered(),
                j.loweredPercent()), Cell.share(RussianFormat.number(j.confirmedPercent()), j.confirmed(),
                j.confirmedPercent()), Cell.share(RussianFormat.number(j.raisedPercent()), j.raised(), j.raisedPercent()))));
      }
      out.add(new Table("vpr-baseline-journal", "", List.of(Row.of(l.pick("Работа", "Work"), l.pick("Группа участников", "Group"),
          l.pick("Уровень", "Level"), l.pick("Участников", "Participants"), l.pick("Понизили, %", "Lowered, %"),
          l.pick("Подтвердили, %", "Confirmed, %"), l.pick("Повысили, %", "Raised, %"))), rows,
          List.of(22, 30, 12, 11, 11, 12, 11)));
    }
    return out;
  }

  /**
   * One sentence: the quality («4» and «5») of the groups ФИС ОКО printed, then the study's school by name when it is
   * one to three schools, else how many of its schools are above and below the municipality (or the region).
   */
  private static Paragraph sentence(List<VprSchoolResult> ours, List<VprMarkStatistics> stats, Language l) {
    StringBuilder s = new StringBuilder(l.pick("Качество (доля «4» и «5»): ", "Quality («4» and «5»): "));
    List<String> parts = new ArrayList<>();
    Optional<VprMarkStatistics> reference = Optional.empty();
    for (VprGroupLevel level : List.of(VprGroupLevel.RUSSIA, VprGroupLevel.REGION, VprGroupLevel.MUNICIPALITY)) {
      for (VprMarkStatistics m : stats) {
        if (m.level() == level) {
          BigDecimal q = m.percent(4).add(m.percent(5));
          parts.add(l.pick(m.level().title(), m.level().name().toLowerCase(java.util.Locale.ROOT)) + " — "
              + RussianFormat.number(q) + "\u00a0%");
          reference = Optional.of(m);
        }
      }
    }
    if (ours.size() <= 3) {
      for (VprSchoolResult o : ours) {
        parts.add(o.school() + " — " + Numbers.shareText(o.marks().four() + o.marks().five(), o.marks().total()));
      }
    } else if (reference.isPresent()) {
      BigDecimal ref = reference.get().percent(4).add(reference.get().percent(5));
      String than = reference.get().level() == VprGroupLevel.MUNICIPALITY ? "муниципалитета"
          : reference.get().level() == VprGroupLevel.REGION ? "региона" : "России";
      long above = ours.stream().filter(o -> o.marks().total() > 0 && quality(o).compareTo(ref) > 0).count();
      long below = ours.stream().filter(o -> o.marks().total() > 0 && quality(o).compareTo(ref) < 0).count();
      parts.add(l.pick("из " + ours.size() + " ОО по файлам выше " + than + " — " + above + ", ниже — " + below,
          ours.size() + " schools from the files: " + above + " above, " + below + " below"));
    }
    s.append(String.join("; ", parts)).append('.');
    if (ours.isEmpty()) {
      s.append(l.pick(" Результатов участников этой работы в файлах нет; приведена только статистика ФИС ОКО.",
          " No participant results of this work in the files."));
    }
    return Paragraph.text(s.toString());
  }

  private static BigDecimal quality(VprSchoolResult o) {
    return BigDecimal.valueOf((o.marks().four() + o.marks().five()) * 100.0 / o.marks().total());
  }

  /** The machine-readable baseline: {@code marks} and {@code journal} rows as printed. */
  public static ReportData data(List<VprMarkStatistics> marks, List<VprJournalStatistics> journal) {
    List<ReportData> m = new ArrayList<>();
    for (VprMarkStatistics s : marks) {
      m.add(ReportData.object().put("subject", s.subject().name()).put("grade", s.grade().value()).put("year", s.year())
          .put("level", s.level().name()).put("name", s.name()).put("code", s.code().map(ReportData::of)
              .orElse(ReportData.nothing())).put("participants", s.participants())
          .put("percents", ReportData.object().put("2", s.percent(2)).put("3", s.percent(3)).put("4", s.percent(4))
              .put("5", s.percent(5)).build()).build());
    }
    List<ReportData> j = new ArrayList<>();
    for (VprJournalStatistics s : journal) {
      j.add(ReportData.object().put("subject", s.subject().name()).put("grade", s.grade().value()).put("year", s.year())
          .put("level", s.level().name()).put("name", s.name()).put("code", s.code().map(ReportData::of)
              .orElse(ReportData.nothing())).put("participants", s.participants()).put("lowered", s.lowered())
          .put("loweredPercent", s.loweredPercent()).put("confirmed", s.confirmed())
          .put("confirmedPercent", s.confirmedPercent()).put("raised", s.raised()).put("raisedPercent", s.raisedPercent())
          .build());
    }
    return ReportData.object().put("marks", ReportData.array(m)).put("journal", ReportData.array(j)).build();
  }
}
