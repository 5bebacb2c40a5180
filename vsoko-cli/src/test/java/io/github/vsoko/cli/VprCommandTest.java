package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VprCommandTest extends CliTestSupport {
  @TempDir Path dir;
  private static final Path Y2022 = SharedFiles.find(Path.of("data", "fisoko-vpr", "2022", "5", "Математика.xlsx"));
  private static final Path Y2021 =
      SharedFiles.find(Path.of("data", "fisoko-vpr", "2021", "4", "Проведение работы по математике, 4 класс. ВПР 2021.xlsx"));

  @Test
  void theJsonHasTheDocumentedShape() throws IOException {
    assertThat(run("vpr", "--results", Y2022.toString(), "--scale", "5,10,15,20")).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    JsonNode school = json.get("schools").get(0);
    List<String> keys = new ArrayList<>();
    school.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("school", "subject", "grade", "year", "participants", "absent", "invalid", "noJournalMark",
        "lowered", "confirmed", "raised", "gapsTwoOrMore", "meanPrimaryScore", "marks", "spearman", "markers");
    assertThat(school.get("school").asText()).isEqualTo("edu223017");
    JsonNode marks = school.get("marks");
    assertThat(marks.get("2").asInt() + marks.get("3").asInt() + marks.get("4").asInt() + marks.get("5").asInt()).isEqualTo(7);
    assertThat(json.get("classes").isArray()).isTrue();
    assertThat(school.get("grade").asInt()).isEqualTo(5);
    assertThat(school.get("year").asInt()).isEqualTo(2022);
    assertThat(school.get("participants").asInt()).isEqualTo(7);
    // the 2022 golden file: scores sum 65 over 7 participants; journal marks 3×4, 4×2, 5×1
    assertThat(school.get("meanPrimaryScore").decimalValue()).isEqualByComparingTo("9.29");
    assertThat(school.get("lowered").asInt() + school.get("confirmed").asInt() + school.get("raised").asInt()).isEqualTo(7);
    List<String> totalKeys = new ArrayList<>();
    json.get("total").fieldNames().forEachRemaining(totalKeys::add);
    assertThat(totalKeys).containsExactly("participants", "absent", "invalid", "noJournalMark", "lowered", "confirmed", "raised",
        "gapsTwoOrMore", "meanPrimaryScore");
  }

  @Test
  void problemsAreFileSheetRowColumnLinesAndStrictFails() {
    assertThat(run("vpr", "--results", Y2021.toString(), "--scale", "6,10,15,20")).isZero();
    assertThat(err.toString().lines().findFirst().orElseThrow())
        .isEqualTo(Y2021 + ":Sheet:3101:G: «филиал» — не похоже на букву класса; класс не записан");
    assertThat(run("vpr", "--strict", "--results", Y2021.toString(), "--scale", "6,10,15,20")).isEqualTo(VsokoCli.EXIT_DATA);
  }

  @Test
  void badInputIsOneLineWithoutAStackTrace() throws IOException {
    Path broken = dir.resolve("broken.xlsx");
    Files.writeString(broken, "not a workbook", StandardCharsets.UTF_8);
    assertThat(run("vpr", "--results", broken.toString(), "--scale", "5,10,15")).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(err.toString().strip().lines()).singleElement().asString().startsWith("vsoko: " + broken + ": не архив Office Open XML; ожидается книга Excel (XLSX)");
    assertThat(run("vpr", "--results", Y2022.toString(), "--scale", "15,10,5")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--scale: a ВПР scale needs 0 < min3 < min4 < min5");
  }

  @Test
  void withoutAScaleTheParticipantsAreNotComparedAndItIsSaid() throws IOException {
    assertThat(run("vpr", "--results", Y2022.toString())).isZero();
    assertThat(err.toString()).contains("нет шкалы перевода (--scale, --scales)", "7 участников не сравнены");
  }

  @Test
  void scalesFromATableAndTheReportFormats() throws IOException {
    Path scales = dir.resolve("шкалы.csv");
    Files.writeString(scales, "Год;Предмет;Класс;Мин3;Мин4;Мин5;Макс;Задания повышенного уровня\n"
        + "2022;Математика;5;5;10;15;20;\"11.1; 14\"\n", StandardCharsets.UTF_8);
    assertThat(run("vpr", "--results", Y2022.toString(), "--scales", scales.toString(), "--format", "json,html,xlsx",
        "--out", dir.resolve("out").toString())).as(err.toString()).isZero();
    assertThat(dir.resolve("out").resolve("vpr.json")).isNotEmptyFile();
    assertThat(Files.readString(dir.resolve("out").resolve("vpr.html"))).contains("Подтвердили (Отметка = Отметке по журналу)",
        "edu223017", "Распределение первичных баллов", "Задания: Математика, 5 кл.", "11.1", "Уровень сложности");
    // task 14 is advanced (П), task 1 basic (Б); the levels are known, so no «*» note
    String html = Files.readString(dir.resolve("out").resolve("vpr.html"));
    assertThat(html).containsPattern("<td[^>]*>14</td>\\s*<td[^>]*>П</td>").containsPattern("<td[^>]*>1</td>\\s*<td[^>]*>Б</td>")
        .doesNotContain("Уровни сложности заданий не заданы");
    // a region's own thresholds: with «достаточный» from 0 % every task with points is sufficient
    assertThat(run("vpr", "--results", Y2022.toString(), "--scales", scales.toString(), "--task-thresholds", "0,0,0,0",
        "--format", "md", "--out", dir.resolve("own").toString())).as(err.toString()).isZero();
    assertThat(Files.readString(dir.resolve("own").resolve("vpr.md"))).doesNotContain("недостаточный", "зона неопределённости");
    assertThat(run("vpr", "--results", Y2022.toString(), "--task-thresholds", "60,57")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--task-thresholds: пороги выполнения заданий");
    err.getBuffer().setLength(0);
    assertThat(dir.resolve("out").resolve("vpr.xlsx")).isNotEmptyFile();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void statisticsAmongTheResultsGiveTheBaselineAndABadFileIsSkippedNotFatal() throws Exception {
    Path dir = java.nio.file.Files.createTempDirectory("vpr-batch");
    Path f3 = io.github.vsoko.io.fixtures.FisOkoFixtures.markStatistics(dir, 2021);
    Path broken = java.nio.file.Files.writeString(dir.resolve("сломанный.xlsx"), "не xlsx");
    int code = run("vpr", "--results", Y2021.toString(), f3.toString(), broken.toString(), "--scale", "6,10,15,20",
        "--format", "json");
    assertThat(code).as(err.toString()).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(err.toString()).contains("сломанный.xlsx", "— файл пропущен", "пропущено файлов: 1 из 3");
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertThat(json.get("skipped")).hasSize(1);
    assertThat(json.get("skipped").get(0).get("file").asText()).endsWith("сломанный.xlsx");
    assertThat(json.get("schools").size()).isPositive();
    com.fasterxml.jackson.databind.JsonNode marks = json.get("baseline").get("marks");
    assertThat(marks).hasSize(5);
    assertThat(marks.get(0).get("level").asText()).isEqualTo("RUSSIA");
    assertThat(marks.get(2).get("level").asText()).isEqualTo("MUNICIPALITY");
    // the HTML puts the study's schools beside Russia, the region and the municipality
    int html = run("vpr", "--results", Y2021.toString(), f3.toString(), "--scale", "6,10,15,20", "--format", "html",
        "--out", dir.resolve("out").toString());
    assertThat(html).as(err.toString()).isZero();
    String page = java.nio.file.Files.readString(dir.resolve("out").resolve("vpr.html"));
    assertThat(page).contains("Сравнение с муниципалитетом, регионом и Россией", "Вся выборка", "Енисейский муниципальный район",
        "— по файлам");
  }

  @Test
  void aMixOfF1ReportsAndStatisticsUnderNumericNames() throws Exception {
    Path dir = java.nio.file.Files.createTempDirectory("vpr-mix");
    Path f1 = io.github.vsoko.io.fixtures.FisOkoFixtures.individualResults(dir);
    Path f3 = io.github.vsoko.io.fixtures.FisOkoFixtures.markStatistics(dir);
    Path journal = io.github.vsoko.io.fixtures.FisOkoFixtures.journalComparison(dir, "2849660.xlsx", 20, false);
    Path form = io.github.vsoko.io.fixtures.FisOkoFixtures.olderForm(java.nio.file.Files.createDirectories(dir.resolve("sch240007")));
    assertThat(run("vpr", "--results", f1.toString(), f3.toString(), journal.toString(), form.toString(), Y2021.toString(),
        "--scale", "6,10,15,20", "--format", "json")).as(err.toString()).isZero();
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    // three works of three years: Ф1 2024 (two schools), the older form 2022 (sch240007), the real 2021 export
    java.util.Set<String> works = new java.util.TreeSet<>();
    json.get("schools").forEach(n -> works.add(n.get("year").asInt() + " " + n.get("grade").asInt()));
    assertThat(works).containsExactly("2021 4", "2022 5", "2024 4");
    assertThat(json.get("schools")).filteredOn(n -> n.get("year").asInt() == 2024)
        .extracting(n -> n.get("school").asText()).containsExactly("sch240007", "sch240009");
    assertThat(json.get("baseline").get("marks")).hasSize(5);
    assertThat(json.get("baseline").get("journal")).hasSize(3);
    assertThat(json.get("skipped")).isEmpty();
  }

  @Test
  void aTaskCatalogueAddsWhatEachTaskChecks() throws Exception {
    Path dir = java.nio.file.Files.createTempDirectory("vpr-tasks");
    Path f1 = io.github.vsoko.io.fixtures.FisOkoFixtures.individualResults(dir);
    Path catalogue = io.github.vsoko.io.fixtures.FisOkoFixtures.taskCatalogue(dir);
    assertThat(run("vpr", "--results", f1.toString(), "--tasks", catalogue.toString(), "--format", "html", "--out",
        dir.resolve("out").toString())).as(err.toString()).isZero();
    String html = java.nio.file.Files.readString(dir.resolve("out").resolve("vpr.html"));
    assertThat(html).contains("Проверяемое умение", "Умение решать текстовые задачи");
  }
}
