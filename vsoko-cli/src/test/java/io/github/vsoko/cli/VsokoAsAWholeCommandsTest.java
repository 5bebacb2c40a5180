package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.CanonicalYaml;
import io.github.vsoko.model.fixtures.School29Regulation;
import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.LiteracyDirection;
import io.github.vsoko.model.school.LiteracyLevel;
import io.github.vsoko.model.school.LiteracyResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vsoko audit}, {@code vsoko sheet} and {@code vsoko literacy} end to end. */
class VsokoAsAWholeCommandsTest extends CliTestSupport {
  @TempDir Path dir;

  private static Path school29() throws IOException {
    try (Stream<Path> files = Files.list(SharedFiles.find(Path.of("seeds")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("004_")).findFirst().orElseThrow();
    }
  }

  @Test
  void auditOfOneRegulationAndOfAMunicipality() throws IOException {
    Path seed = school29();
    // a second school: the same regulation saved as an HTML page, without its section 3 (principles)
    List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
    int from = lines.indexOf("3. Принципы ВСОКО");
    int to = lines.indexOf("4. Субъекты ВСОКО и их функции");
    String html = Stream.concat(lines.subList(0, from).stream(), lines.subList(to, lines.size()).stream())
        .map(l -> "<p>" + l.replace("&", "&amp;").replace("<", "&lt;") + "</p>").collect(Collectors.joining("\n",
            "<!DOCTYPE html><html><head><title>ВСОКО</title><script>var x = 'цели ВСОКО';</script></head><body>", "</body></html>"));
    Path page = Files.writeString(dir.resolve("school2.html"), html, StandardCharsets.UTF_8);
    assertThat(run("audit", "--regulation", seed.toString(), "--regulation", page.toString(), "--name", "МБОУ СОШ № 29",
        "--name", "МБОУ СОШ № 2", "--format", "md,json,xlsx", "--out", dir.resolve("out").toString(), "--date", "01.12.2025"))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("МБОУ СОШ № 29: недостаёт компонентов: 1",
        "  • «Показатели и процедуры оценки функциональной грамотности» — нет", "МБОУ СОШ № 2: недостаёт компонентов: 2",
        "  • «Принципы ВСОКО» — нет");
    String md = Files.readString(dir.resolve("out").resolve("audit.md"));
    assertThat(md).contains("| МБОУ СОШ № 29 | + | + | + | + | + | + | + | + | − |", "| МБОУ СОШ № 2 | + | + | − | + | + | + | + | + | − |",
        "абзац 33: «- Федеральным законом от 29.12.2012 № 273-ФЗ");
    byte[] json = Files.readAllBytes(dir.resolve("out").resolve("audit.json"));
    assertThat(run("audit", "--regulation", seed.toString(), "--regulation", page.toString(), "--name", "МБОУ СОШ № 29",
        "--name", "МБОУ СОШ № 2", "--format", "json", "--out", dir.resolve("again").toString(), "--date", "01.12.2025")).isZero();
    assertThat(Files.readAllBytes(dir.resolve("again").resolve("audit.json"))).as("byte-identical rerun").isEqualTo(json);
    assertThat(run("audit", "--regulation", dir.resolve("нет.docx").toString(), "--out", dir.toString())).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(err.toString()).contains("нет.docx").doesNotContain("Exception");
  }

  @Test
  void sheetOfOneSchoolAndComparison() throws IOException {
    Path data = dir.resolve("sch29.json");
    CanonicalJson.write(SmallSchool.data().withOrganization(Organization.of(School29Regulation.SCHOOL, "МБОУ СОШ № 29", "МБОУ СОШ № 29",
        OrganizationKind.GENERAL)), data);
    Path model = Files.writeString(dir.resolve("model.yaml"), CanonicalYaml.write(School29Regulation.model()), StandardCharsets.UTF_8);
    Path answers = Files.writeString(dir.resolve("answers.yaml"), """
        format: vsoko-sheet-answers/1
        organization: mbou-sosh-29
        answers:
          "3.1": {score: 2, evidence: приказ о независимых наблюдателях на ВПР}
          "3.2": {score: 1}
          "3.4": {score: 2}
          "4.3": {score: 0}
          "4.4": {score: 2, evidence: протокол педсовета № 1}
          "5.2": {score: 1}
        """, StandardCharsets.UTF_8);
    assertThat(run("sheet", "--data", data.toString(), "--model", model.toString(), "--answers", answers.toString(),
        "--academic-year", "2024/2025", "--format", "md,html,docx,pdf", "--out", dir.resolve("one").toString())).as(err.toString()).isZero();
    assertThat(dir.resolve("one").resolve("effectiveness-sheet.pdf")).isNotEmptyFile();
    assertThat(out.toString()).contains("МБОУ СОШ № 29: ").contains("без ответа: 0");
    String md = Files.readString(dir.resolve("one").resolve("effectiveness-sheet.md"));
    assertThat(md).contains("Оценочный лист эффективности функционирования внутренней системы оценки качества образования",
        "| 2.3 | В ВСОКО включены процедуры и показатели оценки функциональной грамотности | 0 | 2 | автоматически |",
        "протокол педсовета № 1", "Уровень эффективности:", "### Подписи",
        "Эксперт (специалист органа, осуществляющего управление в сфере образования): \\_\\_\\_",
        "Руководитель образовательной организации: \\_\\_\\_", "Дата заполнения: ");
    assertThat(dir.resolve("one").resolve("effectiveness-sheet.docx")).isNotEmptyFile();
    // two schools: the second without a model or answers
    Path other = dir.resolve("sch1.json");
    CanonicalJson.write(SmallSchool.data(), other);
    out.getBuffer().setLength(0);
    assertThat(run("sheet", "--data", data.toString(), "--model", model.toString(), "--answers", answers.toString(),
        "--data", other.toString(), "--academic-year", "2024/2025", "--format", "csv", "--out", dir.resolve("two").toString()))
        .as(err.toString()).isZero();
    assertThat(dir.resolve("two").resolve("effectiveness-comparison.csv")).isNotEmptyFile();
    assertThat(dir.resolve("two").resolve("effectiveness-sheet-sch1.csv")).isNotEmptyFile();
    assertThat(dir.resolve("two").resolve("effectiveness-sheet-mbou-sosh-29.csv")).isNotEmptyFile();
    assertThat(out.toString()).contains("МБОУ СОШ № 1: 0 из 36 (0,0 %), уровень «низкий»; без ответа: 15",
        "  • 3.1 К оценочным процедурам привлекаются независимые наблюдатели — нет ответа ОО");
    Files.writeString(answers, "format: vsoko-sheet-answers/1\norganization: mbou-sosh-29\nanswers:\n  \"3.1\": {score: 5}\n");
    assertThat(run("sheet", "--data", data.toString(), "--answers", answers.toString(), "--academic-year", "2024/2025",
        "--out", dir.toString())).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(err.toString()).contains("answers.yaml: критерий 3.1: балл 5 не из шкалы [0, 1, 2]");
  }

  @Test
  void literacyByClass() throws IOException {
    LocalDate oct = LocalDate.of(2024, 10, 1);
    Path data = dir.resolve("school.json");
    CanonicalJson.write(SmallSchool.data().toBuilder().literacy(List.of(
        LiteracyResult.of("s5", LiteracyDirection.READING, oct, LiteracyLevel.MEDIUM),
        LiteracyResult.of("s6", LiteracyDirection.READING, oct, LiteracyLevel.LOW))).build(), data);
    assertThat(run("literacy", "--data", data.toString(), "--by", "class", "--format", "tsv")).as(err.toString()).isZero();
    assertThat(out.toString().lines()).contains(
        "Читательская грамотность\t5А\t1\t0\t0,00\t0\t0,00\t1\t100,00\t0\t0,00\t0\t0,00\t100,00\t0",
        "Читательская грамотность\t7Б\t1\t0\t0,00\t1\t100,00\t0\t0,00\t0\t0,00\t0\t0,00\t0,00\t0");
    assertThat(run("literacy", "--data", data.toString(), "--by", "room")).isEqualTo(VsokoCli.EXIT_USAGE);
  }

  @Test
  void surveysOfTheYearWithTheirSharesAndAYearWithoutThem() throws IOException {
    LocalDate nov = LocalDate.of(2024, 11, 20);
    Path data = dir.resolve("school.json");
    java.util.function.BiFunction<String, Integer, io.github.vsoko.model.school.SurveyAnswer> parents = (option, n) ->
        new io.github.vsoko.model.school.SurveyAnswer("Удовлетворённость", io.github.vsoko.model.school.RespondentGroup.PARENTS,
            nov, "Качество обучения", option, n, option.equals("да") ? io.github.vsoko.model.school.AnswerRating.POSITIVE
                : option.equals("нет") ? io.github.vsoko.model.school.AnswerRating.NEGATIVE
                : io.github.vsoko.model.school.AnswerRating.UNDECIDED);
    CanonicalJson.write(SmallSchool.data().toBuilder().surveys(List.of(parents.apply("да", 30), parents.apply("нет", 6),
        parents.apply("затрудняюсь ответить", 4))).build(), data);
    assertThat(run("survey", "--data", data.toString(), "--format", "json")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("\"group\" : \"PARENTS\"", "\"respondents\" : 40", "\"satisfactionPercent\" : 75.00");
    out.getBuffer().setLength(0);
    assertThat(run("survey", "--data", data.toString(), "--format", "tsv")).isZero();
    assertThat(out.toString().lines()).contains("Удовлетворённость\tродители (законные представители)\t20.11.2024\t40\t1\t75,00");
    assertThat(run("survey", "--data", data.toString(), "--academic-year", "2022/2023", "--format", "json")).isZero();
    assertThat(err.toString()).contains("Нет результатов анкетирования за период");
  }

  @Test
  void giaByTeacherOnTheDemoSchool() throws IOException {
    Path data = dir.resolve("demo.json");
    CanonicalJson.write(io.github.vsoko.app.DemoSchool.load().data(), data);
    assertThat(run("gia", "--data", data.toString(), "--year", "2024", "--by", "teacher", "--format", "json"))
        .as(err.toString()).isZero();
    com.fasterxml.jackson.databind.JsonNode subjects = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertThat(subjects.size()).isPositive();
    for (com.fasterxml.jackson.databind.JsonNode s : subjects) {
      long sum = 0;
      for (com.fasterxml.jackson.databind.JsonNode g : s.get("groups")) {
        sum += g.get("results").asLong();
      }
      // every result has one teacher in the demo (one teacher per subject and class), so the groups add up
      assertThat(sum).as(s.get("subject").asText()).isEqualTo(s.get("results").asLong());
    }
    assertThat(out.toString()).doesNotContain("учитель не известен");
    assertThat(run("gia", "--data", data.toString(), "--year", "2024", "--by", "room")).isEqualTo(VsokoCli.EXIT_USAGE);
  }

  @Test
  void giaFromRcoiProtocolsWithoutRetyping() throws IOException {
    Path protocol = io.github.vsoko.io.fixtures.RcoiFixtures.ogeXls(dir);
    Path key = Files.writeString(dir.resolve("ключ.txt"), "секретный ключ школы № 7, не публиковать\n");
    assertThat(run("gia", "--results", protocol.toString(), "--year", "2024")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("нужен --key-file");
    assertThat(run("gia", "--results", protocol.toString(), "--key-file", key.toString(), "--year", "2024", "--format", "json"))
        .as(err.toString()).isZero();
    com.fasterxml.jackson.databind.JsonNode subjects = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertThat(subjects).extracting(n -> n.get("subject").asText() + " " + n.get("results").asInt())
        .containsExactly("Математика 2", "Русский язык 3");
    assertThat(err.toString()).contains("сумма баллов за задания 12 не равна первичному баллу 13");
    assertThat(out.toString() + err).doesNotContain("Иванов", "Петрова", "Сидоров");
  }

  @Test
  void attestationFromSgoExportsWithoutRetyping() throws IOException {
    Path finals = io.github.vsoko.io.fixtures.SgoFixtures.finalMarks(dir);
    Path report = io.github.vsoko.io.fixtures.SgoFixtures.studentReport(dir);
    Path key = Files.writeString(dir.resolve("ключ.txt"), "секретный ключ школы № 7, не публиковать\n");
    assertThat(run("attestation", "--in", finals.toString(), report.toString(), "--key-file", key.toString(),
        "--academic-year", "2023/2024", "--by", "subject", "--format", "json")).as(err.toString()).isZero();
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    // Алгебра for the year: «4», «4», «н/а» — the student report's «4» for Иванов is the same mark, counted once
    com.fasterxml.jackson.databind.JsonNode algebra = null;
    for (com.fasterxml.jackson.databind.JsonNode g : json.get("groups")) {
      if (g.get("group").asText().equals("Алгебра")) {
        algebra = g;
      }
    }
    assertThat(algebra).as(out.toString()).isNotNull();
    assertThat(algebra.get("base").asInt()).isEqualTo(3);
    assertThat(err.toString()).contains("«Родной язык (русский)» не из справочника");
    assertThat(out.toString() + err).doesNotContain("Иванов", "Петрова", "Сидоров");
    assertThat(run("attestation", "--in", finals.toString(), "--academic-year", "2023/2024")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--in: нужен --key-file");
  }

  @Test
  void importRecognisesEveryKindByContentAndJoinsThemByPseudonym() throws IOException {
    Path finals = io.github.vsoko.io.fixtures.SgoFixtures.finalMarks(dir);
    Path protocol = io.github.vsoko.io.fixtures.RcoiFixtures.ogeXls(dir);
    Path stats = io.github.vsoko.io.fixtures.FisOkoFixtures.markStatistics(dir);
    Path key = Files.writeString(dir.resolve("ключ.txt"), "секретный ключ школы № 7, не публиковать\n");
    Path out = dir.resolve("school.json");
    assertThat(run("import", "--in", finals.toString(), "--in", protocol.toString(), "--in", stats.toString(), "--key-file",
        key.toString(), "--out", out.toString())).as(err.toString()).isZero();
    io.github.vsoko.model.school.SchoolData data = CanonicalJson.read(out);
    assertThat(data.students()).hasSize(3);
    assertThat(data.marks()).isNotEmpty();
    // Сидоров Илья is in both the СГО class and the protocol: his ОГЭ joins him; so do the others
    assertThat(data.exams()).hasSize(5);
    assertThat(err.toString()).contains("статистика ФИС ОКО", "не входит");
    assertThat(Files.readString(out)).doesNotContain("Иванов", "Петрова", "Сидоров");
    // re-import of the exported canonical document is identical
    Path again = dir.resolve("again.json");
    assertThat(run("import", "--in", out.toString(), "--out", again.toString())).isZero();
    assertThat(Files.readString(again)).isEqualTo(Files.readString(out));
    assertThat(run("import", "--in", protocol.toString(), "--out", dir.resolve("x.json").toString()))
        .isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("нужен ключ псевдонимизации");
  }

  @Test
  void anImportBatchKeepsTheGoodFilesForABadOne() throws IOException {
    Path f1 = io.github.vsoko.io.fixtures.FisOkoFixtures.individualResults(dir);
    Path broken = Files.writeString(dir.resolve("сломанный.xlsx"), "не xlsx");
    Path out = dir.resolve("vpr.json");
    assertThat(run("import", "--in", f1.toString(), "--in", broken.toString(), "--out", out.toString()))
        .isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(err.toString()).contains("сломанный.xlsx");
    assertThat(CanonicalJson.read(out).vpr()).hasSize(4);
  }
}
