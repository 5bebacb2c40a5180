package io.github.vsoko.analytics.effectiveness;

import io.github.vsoko.model.check.ModelCheck;
import io.github.vsoko.model.check.ModelCheckFinding;
import io.github.vsoko.model.check.ModelCheckReport;
import io.github.vsoko.analytics.literacy.LiteracyPlan;
import io.github.vsoko.analytics.vpr.VprAnalysis;
import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.framework.VsokoDocument;
import io.github.vsoko.model.framework.VsokoDocumentType;
import io.github.vsoko.model.management.OrganizationAddressee;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.management.RecommendationStatus;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.schedule.Schedule;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.VprResult;
import io.github.vsoko.indicators.RussianFormat;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules of the automatic criteria, each 0/1/2 with the evidence in Russian (docs/effectiveness.md). */
final class AutoChecks {
  /** The date by which schools were to update their ВСОКО for the new ФГОС (the Guryevsk road map, item 5). */
  static final LocalDate UPDATED_FGOS = LocalDate.of(2022, 9, 1);


  /** A score with its evidence. */
  record Scored(int score, String evidence) {}

  private AutoChecks() {}

  /** The score, or empty when the inputs the check needs were not given. */
  static Optional<Scored> score(AutoCheck check, SheetInputs in) {
    return switch (check) {
      case REGULATION_CURRENT -> in.model().map(AutoChecks::regulation);
      case PLAN_FOR_YEAR -> in.model().map(m -> plan(m.plan(), in));
      case CYCLOGRAM -> in.model().map(m -> cyclogram(m.plan()));
      case ROAD_MAP -> in.model().map(AutoChecks::roadMap);
      case SELF_ASSESSMENT_PUBLISHED -> in.model().map(m -> selfAssessment(m, in));
      case THREE_AREAS -> in.model().map(m -> areas(m.plan()));
      case MODEL_CHECK -> in.model().map(AutoChecks::modelCheck);
      case FUNCTIONAL_LITERACY -> in.model().map(m -> literacy(m.plan(), in));
      case INTERNAL_EXTERNAL_COMPARISON -> in.model().isEmpty() && in.data().isEmpty() ? Optional.empty()
          : Optional.of(comparison(in));
      case RECOMMENDATIONS -> Optional.of(recommendations(in));
      case FOLLOW_UP -> Optional.of(followUp(in));
      case SITE_SECTION -> in.model().map(AutoChecks::site);
    };
  }

  private static Scored regulation(VsokoModel m) {
    Optional<VsokoDocument> d = document(m, VsokoDocumentType.REGULATION);
    if (d.isEmpty()) {
      return new Scored(0, "в модели ВСОКО нет положения о ВСОКО");
    }
    Optional<LocalDate> approved = d.get().approvedOn();
    if (approved.isPresent() && !approved.get().isBefore(UPDATED_FGOS)) {
      return new Scored(2, "«" + d.get().title() + "» утверждено " + approved.get().format(RussianFormat.DATE_FORMAT));
    }
    return new Scored(1, "«" + d.get().title() + "» " + approved.map(a -> "утверждено " + a.format(RussianFormat.DATE_FORMAT)
        + " — до обновления ВСОКО под обновлённые ФГОС (01.09.2022)").orElse("без даты утверждения"));
  }

  private static Scored plan(VsokoPlan plan, SheetInputs in) {
    if (plan.items().isEmpty()) {
      return new Scored(0, "план функционирования ВСОКО пуст");
    }
    if (!plan.year().equals(in.year())) {
      return new Scored(1, "план на " + plan.year() + " учебный год, а лист заполняется за " + in.year());
    }
    return new Scored(2, "план «" + plan.title() + "» на " + plan.year() + " учебный год: строк " + plan.items().size());
  }

  private static Scored cyclogram(VsokoPlan plan) {
    long dated = plan.items().stream().filter(i -> !i.schedule().equals(Schedule.unspecified())).count();
    int n = plan.items().size();
    if (n == 0 || dated == 0) {
      return new Scored(0, "в плане нет строк со сроками");
    }
    return new Scored(dated == n ? 2 : 1, "сроки указаны в " + dated + " из " + n + " строк плана");
  }

  private static Scored roadMap(VsokoModel m) {
    long actions = m.roadMaps().stream().mapToLong(r -> r.actions().size()).sum();
    if (actions > 0) {
      return new Scored(2, "дорожных карт: " + m.roadMaps().size() + ", мероприятий: " + actions);
    }
    return document(m, VsokoDocumentType.ROAD_MAP).map(d -> new Scored(1, "дорожная карта «" + d.title()
        + "» указана, но её мероприятия не внесены")).orElse(new Scored(0, "дорожной карты нет"));
  }

  /**
   * The self-assessment report is judged by the rule of the year it covers: the report for calendar year Y is due on the
   * site by 20 April of Y + 1. The latest report counts; for the academic year A/A+1 it should cover at least A − 1
   * (the report for A falls due only on 20.04 of A + 1, within the year assessed).
   */
  private static Scored selfAssessment(VsokoModel m, SheetInputs in) {
    int start = in.year().startYear();
    List<VsokoDocument> reports = m.documents().stream().filter(d -> d.type() == VsokoDocumentType.SELF_ASSESSMENT_REPORT).toList();
    if (reports.isEmpty()) {
      return new Scored(0, "отчёта о самообследовании в документах ВСОКО нет");
    }
    List<VsokoDocument> dated = reports.stream().filter(d -> coveredYear(d).isPresent()).toList();
    if (dated.isEmpty()) {
      return new Scored(1, "«" + reports.get(0).title() + "»: не известно, за какой год (нет года в названии, нет дат)");
    }
    VsokoDocument latest = dated.stream().max(java.util.Comparator.comparingInt(d -> coveredYear(d).getAsInt())).orElseThrow();
    int covered = coveredYear(latest).getAsInt();
    LocalDate deadline = LocalDate.of(covered + 1, 4, 20);
    String due = " (срок — " + deadline.format(RussianFormat.DATE_FORMAT) + ")";
    String next = "; следующий — за " + Math.max(covered + 1, start) + " год, срок — 20.04." + (Math.max(covered + 1, start) + 1);
    if (covered < start - 1) {
      return new Scored(1, "последний отчёт о самообследовании — за " + covered + " год; отчёта за " + (start - 1)
          + " год нет (срок — 20.04." + start + ")");
    }
    if (latest.publishedOn().isEmpty()) {
      return new Scored(1, "«" + latest.title() + "» без даты размещения" + due);
    }
    LocalDate published = latest.publishedOn().get();
    if (published.isAfter(deadline)) {
      return new Scored(1, "«" + latest.title() + "» размещён " + published.format(RussianFormat.DATE_FORMAT) + ", позже срока"
          + due);
    }
    return new Scored(2, "«" + latest.title() + "» размещён " + published.format(RussianFormat.DATE_FORMAT) + " — в срок" + due
        + next);
  }

  /**
   * The calendar year a self-assessment report covers: «… за 2023 год» in its title, else the year before its
   * approval or publication (a report is approved and published in the year after the one it covers).
   */
  static java.util.OptionalInt coveredYear(VsokoDocument report) {
    java.util.regex.Matcher year = java.util.regex.Pattern.compile("за\\s+(\\d{4})\\s*(?:г\\.|год)").matcher(report.title());
    if (year.find()) {
      return java.util.OptionalInt.of(Integer.parseInt(year.group(1)));
    }
    return report.approvedOn().or(report::publishedOn).map(d -> java.util.OptionalInt.of(d.getYear() - 1))
        .orElse(java.util.OptionalInt.empty());
  }

  private static Scored areas(VsokoPlan plan) {
    Set<QualityArea> covered = plan.coveredAreas();
    Set<QualityArea> missing = EnumSet.allOf(QualityArea.class);
    missing.removeAll(covered);
    String text = "направлений в плане: " + covered.size() + " из 3" + (missing.isEmpty() ? ""
        : "; нет: " + missing.stream().map(a -> "«" + a.title() + "»").collect(Collectors.joining(", ")));
    return new Scored(covered.size() == 3 ? 2 : covered.size() == 2 ? 1 : 0, text);
  }

  private static Scored modelCheck(VsokoModel m) {
    ModelCheckReport r = ModelCheck.check(m);
    if (r.passed()) {
      return new Scored(2, "проверка модели ВСОКО пройдена без замечаний");
    }
    List<ModelCheckFinding> f = r.findings();
    String first = f.get(0).message();
    return new Scored(f.size() <= 3 ? 1 : 0, "замечаний проверки модели: " + f.size() + " (например: " + first + ")");
  }

  private static Scored literacy(VsokoPlan plan, SheetInputs in) {
    List<PlanItem> rows = plan.items().stream().filter(LiteracyPlan::concerns).toList();
    long results = in.data().map(d -> (long) d.literacy().size()).orElse(0L);
    String data = results > 0 ? "; результатов диагностик в данных: " + results : "";
    if (rows.isEmpty()) {
      return new Scored(0, "в плане нет процедур и показателей функциональной грамотности" + data);
    }
    boolean withIndicators = rows.stream().anyMatch(i -> !i.indicators().isEmpty());
    return new Scored(withIndicators ? 2 : 1, "строк плана о функциональной грамотности: " + rows.size()
        + (withIndicators ? ", с показателями" : ", без показателей") + data);
  }

  private static Scored comparison(SheetInputs in) {
    boolean row = in.model().map(m -> m.plan().items().stream().anyMatch(AutoChecks::comparesInternalAndExternal)).orElse(false);
    long compared = in.data().map(d -> d.vpr().stream().filter(VprResult::isParticipant)
        .filter(r -> r.mark().isPresent() && r.journalMark().isPresent()).count()).orElse(0L);
    String text = (row ? "в плане есть сопоставление внутренней и внешней оценки" : "в плане нет сопоставления внутренней и внешней оценки")
        + "; участников ВПР с отметкой и отметкой по журналу: " + compared + in.data().filter(d -> compared > 0).map(AutoChecks::objectivity)
        .orElse("");
    return new Scored((row ? 1 : 0) + (compared > 0 ? 1 : 0), text);
  }

  /** The comparison with journal marks and the objectivity markers of the 2019 methodology, computed from the data's ВПР. */
  private static String objectivity(SchoolData data) {
    VprAnalysis a = new VprAnalysis(VprScales.bundled(), false);
    data.vpr().forEach(r -> a.accept("ВПР", r));
    VprAnalysisResult r = a.result();
    long n = r.total().compared();
    List<String> markers = r.schools().stream().flatMap(s -> s.markers().stream().map(m -> s.work() + ": " + m)).toList();
    return "; подтвердили " + Math.round(100.0 * r.total().confirmed() / Math.max(1, n)) + " %, понизили "
        + Math.round(100.0 * r.total().lowered() / Math.max(1, n)) + " %; маркеры объективности: "
        + (markers.isEmpty() ? "нет" : String.join("; ", markers));
  }

  private static boolean comparesInternalAndExternal(PlanItem i) {
    String t = i.text().toLowerCase(Locale.ROOT);
    return t.contains("внешн") && t.contains("внутренн") || t.contains("подтвердивших");
  }

  private static List<Recommendation> toSchool(SheetInputs in) {
    return in.recommendations().stream().filter(r -> r.addressees().stream()
        .anyMatch(a -> a instanceof OrganizationAddressee o && o.organizationId().equals(in.organizationId()))).toList();
  }

  private static Scored recommendations(SheetInputs in) {
    List<Recommendation> recs = toSchool(in);
    if (recs.isEmpty()) {
      return new Scored(0, "адресных рекомендаций школе не передано");
    }
    // who answers for it: the responsible named, or the role the recommendation is addressed to (the recommendations of 27.04.2024 addresses roles)
    long complete = recs.stream().filter(r -> (!r.responsible().isEmpty()
        || r.addressees().stream().anyMatch(a -> a instanceof io.github.vsoko.model.management.RoleAddressee))
        && !r.deadline().equals(Schedule.unspecified())).count();
    return new Scored(complete == recs.size() ? 2 : 1, "адресных рекомендаций: " + recs.size() + ", с ответственными и сроками: "
        + complete);
  }

  private static Scored followUp(SheetInputs in) {
    List<Recommendation> recs = toSchool(in);
    if (recs.isEmpty()) {
      return new Scored(0, "нет рекомендаций, исполнение которых можно проверить");
    }
    long controlled = recs.stream().filter(r -> r.control().isPresent()).count();
    long closed = recs.stream().filter(r -> r.status() == RecommendationStatus.DONE || r.status() == RecommendationStatus.NOT_DONE).count();
    int score = controlled > 0 && closed > 0 ? 2 : controlled > 0 || closed > 0 ? 1 : 0;
    return new Scored(score, "с контрольным показателем: " + controlled + " из " + recs.size() + ", с отмеченным исполнением: " + closed);
  }

  private static Scored site(VsokoModel m) {
    List<VsokoDocument> docs = m.documents();
    long published = docs.stream().filter(d -> d.url().isPresent()).count();
    if (docs.isEmpty() || published == 0) {
      return new Scored(0, "документы ВСОКО на сайте не указаны");
    }
    boolean regulation = document(m, VsokoDocumentType.REGULATION).flatMap(VsokoDocument::url).isPresent();
    return new Scored(published == docs.size() ? 2 : 1, "на сайте " + published + " из " + docs.size() + " документов ВСОКО"
        + (regulation ? ", в том числе положение" : ", положения нет"));
  }

  private static Optional<VsokoDocument> document(VsokoModel m, VsokoDocumentType type) {
    return m.documents().stream().filter(d -> d.type() == type)
        .max(java.util.Comparator.comparing(d -> d.approvedOn().orElse(LocalDate.MIN)));
  }
}
