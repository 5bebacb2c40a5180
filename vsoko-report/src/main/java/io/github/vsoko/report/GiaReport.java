package io.github.vsoko.report;

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

  /** The report of one organization's ГИА of a year. */
  public static Report build(String organization, int year, List<GiaSubjectResult> results, ReportOptions options) {
    Language l = options.language();
    List<String> head = List.of(l.pick("экзамен", "exam"), l.pick("форма", "form"), l.pick("предмет", "subject"),
        l.pick("уровень", "level"), l.pick("результатов", "results"), l.pick("средний тестовый", "mean test score"),
        l.pick("средний первичный", "mean primary score"), l.pick("отметки", "marks"), l.pick("минимум", "minimum"),
        l.pick("ниже минимума", "below minimum"), l.pick("понизили", "lowered"), l.pick("подтвердили", "confirmed"),
        l.pick("повысили", "raised"), l.pick("без годовой", "no annual mark"), l.pick("шкала", "scale"),
        l.pick("отметка по шкале", "marked by scale"), l.pick("расходится со шкалой", "disagree with scale"),
        l.pick("«2» по условию на часть", "«2» by a part condition"), l.pick("не переведено", "unscaled"));
    List<Row> rows = new ArrayList<>();
    List<ReportData> data = new ArrayList<>();
    for (GiaSubjectResult r : results) {
      rows.add(Row.of(List.of(Cell.text(r.exam().label()), Cell.text(r.form().label()), Cell.text(r.subject().name()),
          Cell.text(r.level().map(v -> l.pick(v.russianName(), v.englishName())).orElse("")), Numbers.integer(r.participants()), Numbers.decimal(r.meanTestScore(), 2),
          Numbers.decimal(r.meanPrimaryScore(), 2),
          Cell.text(r.marks().entrySet().stream().map(e -> "«" + e.getKey() + "»: " + e.getValue()).collect(Collectors.joining(", "))),
          r.minimum().isPresent() ? Numbers.integer(r.minimum().getAsInt()) : Cell.text(RussianFormat.NO_DATA),
          Numbers.integer(r.belowMinimum()), Numbers.integer(r.lowered()), Numbers.integer(r.confirmed()),
          Numbers.integer(r.raised()), Numbers.integer(r.noAnnualMark()), Cell.text(l.pick(r.scaled() ? "да" : "нет",
              r.scaled() ? "yes" : "no")), Numbers.integer(r.markedByScale()), Numbers.integer(r.disagreeWithScale()),
          Numbers.integer(r.failedOnPartCondition()), Numbers.integer(r.unscaled()))));
      ReportData.ObjectBuilder marks = ReportData.object();
      r.marks().forEach(marks::put);
      data.add(ReportData.object().put("exam", r.exam().name()).put("form", r.form().name()).put("subject", r.subject().name())
          .put("level", r.level().map(Enum::name).map(ReportData::of).orElse(ReportData.nothing())).put("results", r.participants())
          .put("meanTestScore", RussianFormat.round(r.meanTestScore(), 2).orElse(null))
          .put("meanPrimaryScore", RussianFormat.round(r.meanPrimaryScore(), 2).orElse(null))
          .put("marks", marks.build())
          .put("minimum", r.minimum().isPresent() ? ReportData.of(r.minimum().getAsInt()) : ReportData.nothing())
          .put("belowMinimum", r.belowMinimum()).put("lowered", r.lowered()).put("confirmed", r.confirmed())
          .put("raised", r.raised()).put("noAnnualMark", r.noAnnualMark()).put("scaled", r.scaled())
          .put("markedByScale", r.markedByScale()).put("disagreeWithScale", r.disagreeWithScale())
          .put("failedOnPartCondition", r.failedOnPartCondition()).put("unscaled", r.unscaled()).build());
    }
    Table table = TableReports.table("gia", "", head, rows);
    return TableReports.report("gia", l.pick("Итоги ГИА", "State final attestation") + ", " + year, Optional.of(organization),
        List.of(table), LocalDate.of(year, 12, 31), options).withData(ReportData.array(data));
  }
}
