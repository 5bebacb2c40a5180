package io.github.vsoko.report;

import io.github.vsoko.analytics.vpr.ObjectivityMarker;
import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.VprClassResult;
import io.github.vsoko.analytics.vpr.VprMarkCounts;
import io.github.vsoko.analytics.vpr.VprWork;
import io.github.vsoko.analytics.vpr.VprCounts;
import io.github.vsoko.analytics.vpr.VprSchoolResult;
import io.github.vsoko.indicators.RussianFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed machine-readable schema of a ВПР study (docs/vpr.md), the one place it is written: {@code schools} —
 * one entry per school and file with {@code school, subject, grade, year, participants, absent, invalid,
 * noJournalMark, lowered, confirmed, raised, gapsTwoOrMore, meanPrimaryScore} (2 decimals, {@code null} when no
 * participant has a score), {@code spearman} (4 decimals or {@code null}) and {@code markers}; then {@code total}.
 * Keys in this order, numbers rounded half up, so the same input gives the same bytes.
 *
 * @since 0.1.0
 */
public final class VprStudyData {
  private VprStudyData() {}

  /** The data of a study, markers in Russian. */
  public static ReportData of(VprAnalysisResult result) {
    return of(result, Language.RU);
  }

  /** The data of a study, the markers' text in the language of the labels. */
  public static ReportData of(VprAnalysisResult result, Language language) {
    List<ReportData> schools = new ArrayList<>();
    for (VprSchoolResult s : result.schools()) {
      ReportData.ObjectBuilder o = ReportData.object().put("school", s.school()).put("subject", s.work().subject().name())
          .put("grade", s.work().grade().value()).put("year", s.work().year());
      comparison(o, s.work(), s.counts(), s.marks(), s.spearman(), s.markers(), language);
      schools.add(o.build());
    }
    List<ReportData> classes = new ArrayList<>();
    for (VprClassResult c : result.classes()) {
      ReportData.ObjectBuilder o = ReportData.object().put("school", c.school()).put("class", c.className().toString())
          .put("subject", c.work().subject().name()).put("grade", c.work().grade().value()).put("year", c.work().year());
      comparison(o, c.work(), c.counts(), c.marks(), c.spearman(), c.markers(), language);
      classes.add(o.build());
    }
    ReportData.ObjectBuilder total = ReportData.object();
    counts(total, result.total());
    return ReportData.object().put("schools", ReportData.array(schools)).put("classes", ReportData.array(classes))
        .put("total", total.build()).build();
  }

  private static void comparison(ReportData.ObjectBuilder o, VprWork work, VprCounts counts, VprMarkCounts marks,
      java.util.OptionalDouble spearman, List<ObjectivityMarker> markers, Language language) {
    counts(o, counts);
    o.put("marks", ReportData.object().put("2", marks.two()).put("3", marks.three()).put("4", marks.four())
        .put("5", marks.five()).build());
    o.put("spearman", spearman.isPresent() ? ReportData.of(RussianFormat.round(spearman.getAsDouble(), 4))
        : ReportData.nothing());
    o.put("markers", ReportData.array(markers.stream()
        .map(m -> ReportData.of(language.pick(m.russianText(work), m.englishText(work)))).toList()));
  }

  private static void counts(ReportData.ObjectBuilder o, VprCounts c) {
    o.put("participants", c.participants()).put("absent", c.absent()).put("invalid", c.invalid())
        .put("noJournalMark", c.noJournalMark()).put("lowered", c.lowered()).put("confirmed", c.confirmed())
        .put("raised", c.raised()).put("gapsTwoOrMore", c.gapsTwoOrMore())
        .put("meanPrimaryScore", RussianFormat.round(c.meanPrimaryScore(), 2).orElse(null));
  }
}
