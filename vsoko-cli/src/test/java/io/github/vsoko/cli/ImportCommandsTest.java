package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.CanonicalYaml;
import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.school.SchoolData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandsTest extends CliTestSupport {
  @TempDir Path dir;
  @Test
  void importsARealFisOkoFileToCanonicalJson() throws IOException {
    Path vpr = SharedFiles.find(Path.of("data", "fisoko-vpr", "2022", "5", "Математика.xlsx"));
    Path json = dir.resolve("vpr.json");
    assertThat(run("import", "--in", vpr.toString(), "--out", json.toString())).isZero();
    SchoolData data = CanonicalJson.read(json);
    assertThat(data.vpr()).hasSize(7);
    assertThat(data.organization().fisOkoLogin()).contains("edu223017");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void importsSchoolTablesFromCsvAndValidatesThem() throws IOException {
    Files.writeString(dir.resolve("Организация.csv"), "Идентификатор;Краткое наименование;Вид;Отчётный год\nsch;Школа № 3;школа;2024\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Учащиеся.csv"), "Идентификатор учащегося;Класс;Дата зачисления\ns1;5А;01.09.2020\n"
        + "s2;5Б;01.09.2025\ns3;15А;01.09.2020\n", StandardCharsets.UTF_8);
    Path json = dir.resolve("school.json");
    int code = run("import", "--in", dir.resolve("Организация.csv").toString(), "--in", dir.resolve("Учащиеся.csv").toString(),
        "--out", json.toString());
    assertThat(code).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(err.toString()).contains("Учащиеся.csv, строка 4, столбец B («Класс»): значение «15А»");
    assertThat(CanonicalJson.read(json).students()).hasSize(2);
    out.getBuffer().setLength(0);
    assertThat(run("validate", "--data", json.toString(), "--format", "tsv")).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(out.toString().lines().skip(1)).singleElement().asString().startsWith("предупреждение\t").contains("students (s2)",
        "\tзачислен после окончания отчётного периода (2025-09-01)");
    out.getBuffer().setLength(0);
    assertThat(run("validate", "--data", json.toString())).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(out.toString()).contains("Найдено проблем: 1");
  }

  @Test
  void importsAPlanTableAndARoadMapTable() throws IOException {
    Path planCsv = dir.resolve("циклограмма.csv");
    Files.writeString(planCsv, String.join("\n",
        "Объект/предмет ВСОКО;Критерии оценки качества образования;Показатели оценки качества образования;Ответственный;Сроки;"
            + "Формат документа",
        "Качество образовательных результатов",
        "Предметные результаты;Успеваемость и качество обучения;Доля обучающихся на «4» и «5»;Заместитель директора по УВР;"
            + "Декабрь, май;Аналитическая справка",
        "Качество условий, обеспечивающих образовательную деятельность",
        "Кадровые условия;Укомплектованность кадрами;;Директор;Август;Справка",
        ""), StandardCharsets.UTF_8);
    Path plan = dir.resolve("plan.yaml");
    assertThat(run("import", "--plan", planCsv.toString(), "--organization", "sch29", "--academic-year", "2024/2025",
        "--out", plan.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("план функционирования ВСОКО, строк: 2");
    VsokoPlan read = CanonicalYaml.readPlan(plan.toString(), Files.newInputStream(plan));
    assertThat(read.organizationId()).isEqualTo("sch29");
    assertThat(read.items()).extracting(i -> i.object().area()).containsExactly(QualityArea.RESULTS, QualityArea.CONDITIONS);

    Path mapCsv = dir.resolve("карта.csv");
    Files.writeString(mapCsv, String.join("\n",
        "№ п/п;Наименование мероприятий;Сроки исполнения;Ответственные",
        "1.;Разработка положения о ВСОКО;Сентябрь 2024;Директор",
        "2.;Проведение ВПР;апрель;Заместитель директора по УВР",
        ""), StandardCharsets.UTF_8);
    Path map = dir.resolve("map.json");
    out.getBuffer().setLength(0);
    assertThat(run("import", "--road-map", mapCsv.toString(), "--organization", "sch29", "--academic-year", "2024/2025",
        "--until", "2025/2026", "--out", map.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("мероприятий: 2");
    RoadMap roadMap = CanonicalJson.readRoadMap(map.toString(), Files.newInputStream(map));
    assertThat(roadMap.to()).isEqualTo(AcademicYear.starting(2025));
  }

  @Test
  void planImportNeedsOrganizationAndAValidYear() {
    assertThat(run("import", "--plan", "x.csv", "--out", "p.json")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--organization и --academic-year");
    assertThat(run("import", "--plan", "x.csv", "--organization", "s", "--academic-year", "2024", "--out", "p.json"))
        .isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("ожидается учебный год вида 2024/2025, получено «2024»");
    assertThat(run("import", "--plan", "x.csv", "--in", "y.csv", "--out", "p.json")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("ровно один вид входа");
  }

  @Test
  void benchmarkReadsTheFileAndReportsRowsAndLayout() {
    Path vpr = SharedFiles.find(Path.of("data", "fisoko-vpr", "2022", "5", "Математика.xlsx"));
    assertThat(run("benchmark", "--in", vpr.toString(), "--runs", "1", "--warmup", "0")).isZero();
    assertThat(out.toString()).contains("Математика.xlsx: строк 7, формат PROTOCOL", "процессорное время на прогон");
  }

  @Test
  void writesTemplates() {
    assertThat(run("template", "--out", dir.resolve("t").toString())).isZero();
    assertThat(dir.resolve("t").resolve("vsoko-шаблон.xlsx")).exists();
    assertThat(dir.resolve("t").resolve("Учащиеся.csv")).exists();
  }
}
