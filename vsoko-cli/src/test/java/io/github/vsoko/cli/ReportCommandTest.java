package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.CanonicalYaml;
import io.github.vsoko.model.fixtures.Recommendations2024;
import io.github.vsoko.model.fixtures.School29Regulation;
import io.github.vsoko.model.fixtures.SmallSchool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest extends CliTestSupport {
  @TempDir Path dir;
  @Test
  void selfAssessmentInEveryFormat() throws IOException {
    Path data = dir.resolve("school.json");
    CanonicalJson.write(SmallSchool.data(), data);
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, CanonicalYaml.write(School29Regulation.plan()), StandardCharsets.UTF_8);
    Path outDir = dir.resolve("отчёт");
    assertThat(run("report", "self-assessment", "--data", data.toString(), "--plan", plan.toString(), "--format",
        "html,md,csv,json,xlsx,docx,pdf", "--share-style", "COUNT_PARENS_PERCENT", "--out", outDir.toString()))
        .as(err.toString()).isZero();
    for (String ext : new String[] {"html", "md", "csv", "json", "xlsx", "docx", "pdf"}) {
      assertThat(outDir.resolve("self-assessment." + ext)).isNotEmptyFile();
    }
    String md = Files.readString(outDir.resolve("self-assessment.md"));
    assertThat(md).contains("# Отчёт о результатах самообследования МБОУ СОШ № 1 за 2024 год", "| 1.5 |", "4 (40 %)",
        "ВСОКО функционирует по плану на 2024/2025 учебный год");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theModelFillsTheSectionOnManagement() throws IOException {
    Path data = dir.resolve("school.json");
    CanonicalJson.write(SmallSchool.data(), data);
    Path model = dir.resolve("vsoko.yaml");
    Files.writeString(model, io.github.vsoko.io.CanonicalYaml.write(io.github.vsoko.app.DemoSchool.load().model()),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(run("report", "self-assessment", "--data", data.toString(), "--model", model.toString(), "--format", "md",
        "--out", dir.toString())).as(err.toString()).isZero();
    assertThat(Files.readString(dir.resolve("self-assessment.md"))).contains("Органы управления и участники ВСОКО, их функции",
        "Ответственные за процедуры ВСОКО");
  }

  @Test
  void thePreviousYearAddsItsColumnAndMustBeTheYearBefore() throws IOException {
    Path data = dir.resolve("school.json");
    CanonicalJson.write(SmallSchool.data(), data);
    Path before = dir.resolve("school-2023.json");
    CanonicalJson.write(io.github.vsoko.model.school.SchoolData.builder(SmallSchool.data().organization(),
        io.github.vsoko.model.time.ReportingPeriod.calendarYear(2023)).build(), before);
    assertThat(run("report", "self-assessment", "--data", data.toString(), "--previous", before.toString(), "--format", "md",
        "--out", dir.toString())).as(err.toString()).isZero();
    assertThat(Files.readString(dir.resolve("self-assessment.md")))
        .contains("| № п/п | Показатели | Единица измерения | Предыдущий год | Значение | Изменение |");
    assertThat(run("report", "self-assessment", "--data", data.toString(), "--previous", data.toString(), "--out",
        dir.toString())).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--previous: данные за 2024 год, а ожидается 2023 — год перед отчётным");
  }

  @Test
  void theTitlePageTakesTheHeadTheOrderAndTheCouncil() throws IOException {
    Path data = dir.resolve("school.json");
    CanonicalJson.write(SmallSchool.data(), data);
    assertThat(run("report", "self-assessment", "--data", data.toString(), "--head-name", "М. Б. Светлова", "--order",
        "45,31.03.2025", "--council", "10,28.03.2025", "--format", "md", "--out", dir.toString())).as(err.toString()).isZero();
    assertThat(Files.readString(dir.resolve("self-assessment.md"))).contains("/М. Б. Светлова/", "Приказ от 31.03.2025 № 45",
        "Рассмотрено на педагогическом совете, протокол № 10 от 28.03.2025");
    assertThat(run("report", "self-assessment", "--data", data.toString(), "--order", "45", "--out", dir.toString()))
        .isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--order: ожидается «номер,ДД.ММ.ГГГГ», получено «45»");
  }

  @Test
  void planAndCyclogramWithTheDueView() throws IOException {
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, CanonicalJson.write(School29Regulation.plan()), StandardCharsets.UTF_8);
    assertThat(run("report", "plan", "--plan", plan.toString(), "--on", "10.07.2025", "--format", "md",
        "--out", dir.toString())).as(err.toString()).isZero();
    assertThat(Files.readString(dir.resolve("plan.md"))).contains("| **Качество условий, обеспечивающих образовательную деятельность** |");
    assertThat(Files.readString(dir.resolve("cyclogram.md"))).contains("## Исполнение на 10.07.2025", "**Срок истёк**");
  }

  @Test
  void roadMapFromATableAndRecommendations() throws IOException {
    Path csv = dir.resolve("карта.csv");
    Files.writeString(csv, "№;Мероприятие;Сроки;Ответственные\n1.;Совещание по итогам ВПР;Сентябрь 2024;Директор\n",
        StandardCharsets.UTF_8);
    assertThat(run("report", "roadmap", "--road-map", csv.toString(), "--academic-year", "2024/2025", "--on", "01.10.2024",
        "--format", "csv", "--out", dir.toString())).as(err.toString()).isZero();
    assertThat(Files.readString(dir.resolve("roadmap.csv"))).contains("Совещание по итогам ВПР", "запланировано, просрочено");
    Path recs = dir.resolve("recs.yaml");
    Files.writeString(recs, CanonicalYaml.writeRecommendations(Recommendations2024.recommendations()), StandardCharsets.UTF_8);
    assertThat(run("report", "recommendations", "--recommendations", recs.toString(), "--academic-year", "2024/2025",
        "--format", "json", "--out", dir.toString())).as(err.toString()).isZero();
    assertThat(Files.readString(dir.resolve("recommendations.json"))).contains("\"kind\" : \"recommendations\"");
  }

  @Test
  void wrongUsageIsExplained() {
    assertThat(run("report", "plan", "--plan", "missing.yaml", "--format", "odt", "--out", dir.toString()))
        .isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(run("report", "roadmap", "--road-map", "x.csv", "--academic-year", "2024", "--out", dir.toString()))
        .isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("ожидается учебный год вида 2024/2025, получено «2024»",
        "Справка: vsoko report roadmap --help");
  }
}
