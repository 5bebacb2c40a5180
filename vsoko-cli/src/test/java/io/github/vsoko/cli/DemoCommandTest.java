package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vsoko demo}: every promised file, an index whose links all resolve, reruns byte-identical in the text formats. */
class DemoCommandTest extends CliTestSupport {
  @TempDir Path dir;

  @Test
  void theDemoWritesEveryReportAndAnIndex() throws IOException {
    Path out = dir.resolve("demo-output");
    assertThat(run("demo", "--out", out.toString())).as(err.toString()).isZero();
    for (String f : List.of("index.html", "self-assessment.html", "self-assessment.md", "self-assessment.xlsx", "self-assessment.docx",
        "self-assessment.pdf", "self-assessment.csv", "self-assessment.json", "plan.html", "plan.xlsx", "plan.docx", "plan.pdf",
        "vpr.html", "vpr.docx", "vpr.pdf", "vpr.xlsx", "surveys.html", "surveys.docx", "follow-up.html", "follow-up.docx")) {
      assertThat(out.resolve(f)).as(f).isNotEmptyFile();
    }
    Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertThat(index.select("a[href]")).hasSize(23)
        .allSatisfy(a -> assertThat(out.resolve(a.attr("href"))).as(a.attr("href")).exists());
    assertThat(index.text()).contains("МБОУ СОШ № 7", "1.5.", "ВПР-2024: участников", "Оценочный лист ВСОКО");
    assertThat(Files.readString(out.resolve("plan.html"))).contains("План функционирования ВСОКО", "Циклограмма ВСОКО",
        "Функциональная грамотность обучающихся", "Исполнение плана", "выполнено 27.12.2024", "перенесено на 14.02.2025",
        "просрочено");
    // the cycle closed: last year's recommendations, this year's values, target reached or not
    assertThat(Jsoup.parse(out.resolve("follow-up.html").toFile(), "UTF-8").text()).contains(
        "Контроль исполнения адресных рекомендаций", "рекомендаций 3, выполнено 2, цель достигнута 2",
        "качество знаний 75,76 % ниже целевых 78 %", "75,76 78 79,48 да да", "97,02 98 97,85 да нет",
        "перенесена на 01.10.2024");
    assertThat(Jsoup.parse(out.resolve("recommendations.html").toFile(), "UTF-8").text())
        .contains("Выявленные дефициты и контрольные показатели", "25,96 % участников ВПР понизили отметку по журналу");
    assertThat(Files.readString(out.resolve("vpr.html"))).contains("<svg", "Понизили (Отметка &lt; Отметка по журналу)");
    assertThat(Files.readString(out.resolve("effectiveness-sheet.html"))).contains("маркеры объективности: ", "подтвердили ");
    assertThat(Files.readString(out.resolve("surveys.html"))).contains("родители (законные представители)",
        "Доля положительных ответов");
    assertThat(Files.readString(out.resolve("self-assessment.html"))).contains("Удовлетворённость участников образовательных "
        + "отношений", "В отчётном периоде проведено анкетирование: обучающиеся (22.11.2024, ответили 274)");
    assertThat(out.toString()).doesNotContain("Exception");

    Path again = dir.resolve("again");
    assertThat(run("demo", "--out", again.toString(), "--quiet")).isZero();
    for (String f : List.of("self-assessment.md", "self-assessment.csv", "self-assessment.json", "index.html")) {
      assertThat(Files.readAllBytes(again.resolve(f))).as(f + " byte-identical").isEqualTo(Files.readAllBytes(out.resolve(f)));
    }
  }

  @Test
  void englishLabels() throws IOException {
    assertThat(run("demo", "--out", dir.toString(), "--lang", "en", "--quiet")).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(dir.resolve("index.html"))).contains("Reports", "Key indicators");
    assertThat(run("demo", "--out", dir.toString(), "--lang", "de")).isEqualTo(VsokoCli.EXIT_USAGE);
  }
}
