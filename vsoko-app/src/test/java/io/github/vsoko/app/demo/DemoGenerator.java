package io.github.vsoko.app.demo;

import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.analytics.attestation.AttestationAnalysis;
import io.github.vsoko.analytics.attestation.AttestationGrouping;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.analytics.effectiveness.SheetAnswer;
import io.github.vsoko.app.DemoSchool;
import io.github.vsoko.analytics.effectiveness.SheetAnswers;
import io.github.vsoko.analytics.management.ManagementOutcome;
import io.github.vsoko.analytics.management.ManagementRules;
import io.github.vsoko.analytics.management.Measurements;
import io.github.vsoko.analytics.vpr.VprAnalysis;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.CanonicalYaml;
import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.management.ControlIndicator;
import io.github.vsoko.model.management.Direction;
import io.github.vsoko.model.management.OrganizationAddressee;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.management.RecommendationStatus;
import io.github.vsoko.model.management.RoleAddressee;
import io.github.vsoko.model.framework.Role;
import io.github.vsoko.model.framework.Responsible;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The seeded generator of the embedded demo school (test scope: the library ships only the resources it writes and
 * {@link DemoSchool#load()}). {@code DemoSchoolTest} regenerates the resources and compares them with the shipped ones;
 * {@code -Dvsoko.updateDocs=true} rewrites them.
 */
public final class DemoGenerator {
  /** The seed of the generator. */
  public static final long SEED = 20241231L;

  /** The resource folder, relative to the module, that {@link #main} writes by default. */
  static final String RESOURCES = "vsoko-app/src/main/resources/io/github/vsoko/app/demo";

  private DemoGenerator() {}

  /** Generates the demo school from {@link #SEED}. */
  public static DemoSchool generate() {
    SchoolData data = new DemoData(SEED).generate();
    VsokoModel model = DemoModel.model();
    return new DemoSchool(data, model, recommendations(data), sheetAnswers(data), previousRecommendations(data));
  }

  /** The school's answers to the criteria of the effectiveness sheet that vsoko cannot score. */
  static SheetAnswers sheetAnswers(SchoolData data) {
    return SheetAnswers.none(data.organization().id())
        .with("3.1", new SheetAnswer(2, "приказ от 01.03.2024 № 31 о независимых наблюдателях на ВПР"))
        .with("3.2", new SheetAnswer(2, "протоколы перепроверки работ ВПР 4-х классов, май 2024"))
        .with("3.4", new SheetAnswer(1, "единые КИМ по русскому языку и математике; по остальным предметам — в разработке"))
        .with("4.3", new SheetAnswer(2, "положение о работе с неуспевающими обучающимися, приказ от 30.08.2024 № 118"))
        .with("4.4", new SheetAnswer(2, "протоколы педагогического совета № 1 от 29.08.2024 и № 3 от 28.12.2024"))
        .with("5.2", new SheetAnswer(1, "обучение по ВСОКО прошли директор и оба заместителя по УВР"));
  }
  /** The three documents as they are shipped: school data JSON (to be gzipped), model YAML, recommendations YAML. */
  public static List<String> documents(DemoSchool demo) {
    return List.of(CanonicalJson.write(demo.data()), CanonicalYaml.write(demo.model()),
        CanonicalYaml.writeRecommendations(demo.recommendations()),
        CanonicalYaml.writeRecommendations(demo.previousRecommendations()));
  }

  /** Writes the resources (the JSON gzipped). */
  public static void write(DemoSchool demo, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> docs = documents(demo);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("school.json.gz")))) {
      out.write(docs.get(0).getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("vsoko-model.yaml"), docs.get(1), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("recommendations.yaml"), docs.get(2), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("recommendations-2023-2024.yaml"), docs.get(3), StandardCharsets.UTF_8);
  }

  /**
   * Regenerates the shipped resources: {@code ./mvnw -q -pl vsoko-app test -Dtest=DemoSchoolTest -Dvsoko.updateDocs=true}
   * from the project root (DIR defaults to the module's resource folder).
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : RESOURCES);
    write(generate(), dir);
    System.out.println("demo school written to " + dir.toAbsolutePath()); // the generator is a developer's tool
  }

  /** The school's own measures (as the recommendations of 27.04.2024 words them) and the drafts the built-in rules give for its 2024 results. */
  static List<Recommendation> recommendations(SchoolData data) {
    List<Recommendation> out = new ArrayList<>();
    OrganizationAddressee school = new OrganizationAddressee(data.organization().id(), data.organization().shortName());
    out.add(Recommendation.builder("demo-1", "Разработать четкую последовательность работы с неуспешными детьми: документально "
            + "регламентировать порядок исправления оценок и условия условного перехода в последующий класс")
        .addressee(school).addressee(new RoleAddressee(new Role("Руководители и заместители руководителей ОУ")))
        .responsible(Responsible.of("Заместитель директора по УВР")).deadline("До 01.09.2024")
        .control(new ControlIndicator(IndicatorReference.registered("vsoko.analytics/3.1"), Optional.of(new BigDecimal("60")),
            Optional.of(new BigDecimal("100")), Direction.INCREASE))
        .status(RecommendationStatus.DONE).basis("Протокол заседания координационного совета № 4 от 27.04.2024").build());
    out.add(Recommendation.builder("demo-2", "Доработать размещение на сайте во вкладке ВСОКО всех нормативно-правовых документов")
        .addressee(school).responsible(Responsible.of("Директор")).deadline("До 01.09.2024").status(RecommendationStatus.DONE)
        .basis("Протокол заседания координационного совета № 4 от 27.04.2024").build());
    Measurements m = Measurements.of(data.organization().id(), data.organization().shortName())
        .withIndicators(indicators(data))
        .withAttestation(AttestationAnalysis.total(AttestationAnalysis.analyse(data, ReportingPeriod.academicYear(AcademicYear.starting(2023)),
            AttestationGrouping.SCHOOL, AttestationOptions.defaults())), AttestationOptions.defaults());
    VprAnalysis vpr = new VprAnalysis(VprScales.bundled(), false);
    data.vpr().forEach(r -> vpr.accept("school.json", r));
    m = m.withVpr(vpr.result().schools());
    ManagementOutcome outcome = ManagementRules.builtIn().apply(m, LocalDate.of(2024, 9, 2));
    out.addAll(outcome.recommendations());
    return out;
  }

  /** The school's own targets (стратегические показатели of its programme of development), as a rule file. */
  static final String SCHOOL_RULES = """
      format: vsoko-rules/1
      rules:
        - id: school-progress
          metric: attestation.progress
          below: 98
          finding: "{organization}: успеваемость {value} % ниже целевых {threshold} % программы развития"
          severity: high
          addressee: Руководители ОО
          action: "Составить индивидуальные образовательные маршруты для неуспевающих и обучающихся с академической задолженностью"
          responsible: Заместитель директора по УВР
          deadline: до 30.06.2024
          direction: increase
        - id: school-quality
          metric: attestation.quality
          below: 78
          finding: "{organization}: качество знаний {value} % ниже целевых {threshold} %"
          severity: medium
          addressee: Руководители методических объединений
          action: "Спланировать в МО работу с обучающимися, имеющими одну «3» по итогам четверти"
          responsible: Руководители МО
          deadline: до 01.06.2024
          direction: increase
        - id: school-sou
          metric: attestation.sou
          below: 70
          finding: "{organization}: степень обученности (СОУ) {value} % ниже целевых {threshold} %"
          severity: medium
          addressee: Руководители методических объединений
          action: "Провести методический семинар «Приёмы формирующего оценивания» и посещение уроков с его анализом"
          responsible: Заместитель директора по УВР
          deadline: до 31.03.2024
          direction: increase
      """;

  /**
   * The recommendations the school's own targets gave for its 2022/2023 results (issued 04.09.2023), with what it
   * recorded while carrying them out in 2023/2024: the МО plan done, the seminar done late, the routes moved.
   */
  static List<Recommendation> previousRecommendations(SchoolData data) {
    Measurements m = Measurements.of(data.organization().id(), data.organization().shortName())
        .withAttestation(AttestationAnalysis.total(AttestationAnalysis.analyse(data, ReportingPeriod.academicYear(AcademicYear.starting(2022)),
            AttestationGrouping.SCHOOL, AttestationOptions.defaults())), AttestationOptions.defaults());
    ManagementRules rules = ManagementRules.load("school-rules.yaml", new java.io.StringReader(SCHOOL_RULES));
    List<Recommendation> out = new ArrayList<>();
    for (Recommendation r : rules.apply(m, LocalDate.of(2023, 9, 4)).recommendations()) {
      io.github.vsoko.model.plan.Execution record = switch (r.id().substring(0, r.id().indexOf('@'))) {
        case "school-progress" -> io.github.vsoko.model.plan.Execution.moved(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 10, 1),
            Optional.of("маршруты составляются по итогам года, с началом нового учебного года"));
        case "school-quality" -> io.github.vsoko.model.plan.Execution.done(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 3, 14),
            Optional.of("Планы работы МО, протокол заседания № 3 от 14.03.2024"));
        default -> io.github.vsoko.model.plan.Execution.done(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 17),
            Optional.of("Приказ № 54 от 10.04.2024, программа семинара 17.04.2024"));
      };
      out.add(r.toBuilder().basis("Протокол педагогического совета № 1 от 30.08.2023").execution(record).build());
    }
    return out;
  }

  static EvaluationResult indicators(SchoolData data) {
    return IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("order1324.general"), data);
  }
}
