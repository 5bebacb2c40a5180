package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.model.fixtures.SmallSchool;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GiaCommandTest extends CliTestSupport {
  @TempDir Path dir;

  @Test
  void giaByExamFormSubjectAndLevel() throws IOException {
    Path data = dir.resolve("school.json");
    CanonicalJson.write(SmallSchool.data(), data);
    assertThat(run("gia", "--data", data.toString(), "--year", "2024", "--format", "tsv")).as(err.toString()).isZero();
    assertThat(out.toString().lines()).contains("ГИА-11\tЕГЭ\tРусский язык\t\t5\t40,60\t26,80\t\t24\t2\t0\t0\t0\t0\tнет\t0\t0\t0\t0",
        "ГИА-11\tЕГЭ\tМатематика\tбазовый\t2\tнет данных\tнет данных\t«2»: 1, «4»: 1\tнет данных\tнет данных\t0\t0\t0\t2\tнет\t0\t0\t0\t0");
    // the bundled 2024 ОГЭ mathematics scale needs geometry points from «3» up: four results reach 8 points without them
    assertThat(out.toString().lines()).anyMatch(l -> l.startsWith("ГИА-9\tОГЭ\tМатематика\t") && l.endsWith("\tда\t0\t0\t0\t4"));
    out.getBuffer().setLength(0);
    assertThat(run("gia", "--data", data.toString(), "--year", "2024", "--purpose", "admission", "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"minimum\" : 36", "\"belowMinimum\" : 3");
    assertThat(run("gia", "--data", data.toString(), "--year", "2024", "--purpose", "vuz")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--purpose: certificate, admission или ministry, получено «vuz»");
  }

  /**
   * 2024 for admission: the bundled table has Russian (36) but not профильная математика for that year — «нет данных»
   * and a warning, never «ниже минимума 0»; a table from a file fills the year (27: two of 70, 20, 25 below).
   */
  @Test
  void aYearWithoutAMinimumIsNoDataAndAFileFillsIt() throws IOException {
    Path data = dir.resolve("school.json");
    CanonicalJson.write(SmallSchool.data(), data);
    assertThat(run("gia", "--data", data.toString(), "--year", "2024", "--purpose", "admission", "--format", "tsv")).isZero();
    assertThat(out.toString().lines()).anyMatch(l -> l.startsWith("ГИА-11\tЕГЭ\tМатематика\tпрофильный\t3\t")
        && l.contains("\tнет данных\tнет данных\t"));
    assertThat(err.toString()).contains("ЕГЭ 2024, Математика: в таблице минимумов нет 2024 года для цели «поступление в вуз "
        + "(Рособрнадзор)» — «ниже минимума» не считается (нет данных)");
    Path minimums = dir.resolve("min.yaml");
    java.nio.file.Files.writeString(minimums, """
        format: vsoko-gia-minimums/1
        minimums:
          - year: 2024
            purpose: admission
            subjects: {Математика: 27, Обществознание: 42}
        """);
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    assertThat(run("gia", "--data", data.toString(), "--year", "2024", "--purpose", "admission", "--minimums", minimums.toString(),
        "--format", "tsv")).as(err.toString()).isZero();
    assertThat(out.toString().lines()).anyMatch(l -> l.startsWith("ГИА-11\tЕГЭ\tМатематика\tпрофильный\t3\t") && l.contains("\t27\t2\t"));
    assertThat(err.toString()).doesNotContain("в таблице минимумов нет");
    java.nio.file.Files.writeString(minimums, "format: vsoko-gia-minimums/1\nminimums:\n  - {year: 2024, purpose: вуз, subjects: {Математика: 27}}\n");
    assertThat(run("gia", "--data", data.toString(), "--year", "2024", "--minimums", minimums.toString())).isNotZero();
    assertThat(err.toString()).contains("запись 1: поле «purpose»: ожидается certificate, admission или ministry, получено «вуз»");
  }

  /** A region's 2024 ОГЭ Russian scale from a file: g4's 10 points are «3» on it, the school gave «2». */
  @Test
  void scalesFromAFile() throws IOException {
    Path data = dir.resolve("school.json");
    CanonicalJson.write(SmallSchool.data(), data);
    Path scales = java.nio.file.Files.writeString(dir.resolve("scales.yaml"), """
        format: vsoko-exam-scales/1
        scales:
          - {year: 2024, form: ОГЭ, subject: Русский язык, min3: 10, min4: 20, min5: 28, max: 37}
        """);
    assertThat(run("gia", "--data", data.toString(), "--year", "2024", "--scales", scales.toString(), "--format", "json"))
        .as(err.toString()).isZero();
    assertThat(out.toString().replaceAll("\\s+", " ")).contains(
        "\"subject\" : \"Русский язык\", \"level\" : null, \"results\" : 7",
        "\"scaled\" : true, \"markedByScale\" : 0, \"disagreeWithScale\" : 1, \"failedOnPartCondition\" : 0, \"unscaled\" : 0");
    java.nio.file.Files.writeString(scales, "format: vsoko-exam-scales/1\nscales:\n  - {year: 2024, form: ОГЭ}\n");
    assertThat(run("gia", "--data", data.toString(), "--year", "2024", "--scales", scales.toString())).isNotZero();
    assertThat(err.toString()).contains("scales.yaml, шкала 1: нет поля «subject»");
  }
}
