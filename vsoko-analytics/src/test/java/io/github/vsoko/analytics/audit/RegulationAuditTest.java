package io.github.vsoko.analytics.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.analytics.literacy.LiteracyPlan;
import io.github.vsoko.model.fixtures.School29Regulation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RegulationAuditTest {
  private static final AuditComponents COMPONENTS = AuditComponents.builtIn();

  /** the regulation of МБОУ СОШ № 29 (Положение о ВСОКО МБОУ СОШ № 29), the regulation of the project's sources. */
  static List<String> school29() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("../shared/seeds"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("../shared/seeds above the module").isNotNull();
    try (var files = Files.list(dir.resolve("../shared/seeds"))) {
      Path seed = files.filter(f -> f.getFileName().toString().startsWith("004_")).findFirst().orElseThrow();
      return Files.readAllLines(seed, StandardCharsets.UTF_8);
    }
  }

  static String statuses(AuditResult r) {
    return r.components().stream().map(c -> c.component().id() + "=" + c.status().mark()).collect(Collectors.joining(" "));
  }

  @Test
  void school29HasItsComponentsButNoFunctionalLiteracy() throws IOException {
    AuditResult r = RegulationAudit.audit(COMPONENTS, "МБОУ СОШ № 29", new RegulationText("004.txt", school29()), Optional.empty());
    assertThat(statuses(r)).isEqualTo("normative=+ goals=+ principles=+ subjects=+ areas=+ procedures=+ documents=+ usage=+ literacy=−");
    assertThat(r.gaps()).singleElement().satisfies(g -> assertThat(g.message())
        .isEqualTo("«Показатели и процедуры оценки функциональной грамотности» — нет"));
    // each present requirement cites the paragraph that proves it
    ComponentFinding normative = r.component("normative");
    assertThat(normative.requirements().get(0).passage().orElseThrow().cite()).startsWith("абзац 33: «- Федеральным законом от 29.12.2012 № 273-ФЗ");
    assertThat(normative.requirements().get(1).passage().orElseThrow().text()).contains("№462");
    assertThat(normative.requirements().get(2).passage().orElseThrow().text()).contains("№ 1324");
    assertThat(r.component("principles").requirements().get(0).passage().orElseThrow().cite()).isEqualTo("абзац 108: «3. Принципы ВСОКО»");
    assertThat(r.component("subjects").requirements().get(0).passage().orElseThrow().paragraph()).isBetween(128, 132);
    assertThat(r.component("documents").requirements().get(0).passage().orElseThrow().text()).contains("Документы ВСОКО");
  }

  @Test
  void thePlanWithLiteracyRowsSuppliesWhatTheTextLacks() throws IOException {
    AuditResult r = RegulationAudit.audit(COMPONENTS, "МБОУ СОШ № 29", new RegulationText("004.txt", school29()),
        Optional.of(LiteracyPlan.addTo(School29Regulation.plan())));
    ComponentFinding literacy = r.component("literacy");
    assertThat(literacy.status()).isEqualTo(ComponentStatus.PRESENT);
    assertThat(literacy.requirements().get(1).passage().orElseThrow().cite())
        .startsWith("план: «Функциональная грамотность обучающихся; Уровень сформированности: читательская грамотность");
  }

  /** Removing one numbered section of the regulation of МБОУ СОШ № 29 loses exactly the component it holds. */
  @ParameterizedTest
  @CsvSource({"3., principles", "4., subjects", "2., goals"})
  void aRemovedSectionLosesExactlyItsComponent(String section, String component) throws IOException {
    List<String> lines = school29();
    String next = (Integer.parseInt(section.substring(0, section.length() - 1)) + 1) + ". ";
    List<String> cut = new ArrayList<>();
    boolean inside = false;
    for (String line : lines) {
      if (line.startsWith(section + " ")) {
        inside = true;
      } else if (line.startsWith(next) || line.startsWith("- 5.2.")) {
        inside = false;
      }
      if (!inside) {
        cut.add(line);
      }
    }
    assertThat(cut.size()).isLessThan(lines.size());
    AuditResult full = RegulationAudit.audit(COMPONENTS, "s", new RegulationText("full", lines), Optional.empty());
    AuditResult r = RegulationAudit.audit(COMPONENTS, "s", new RegulationText("cut", cut), Optional.empty());
    for (ComponentFinding f : r.components()) {
      if (f.component().id().equals(component)) {
        assertThat(f.status()).as(component).isNotEqualTo(ComponentStatus.PRESENT);
      } else {
        assertThat(f.status()).as(f.component().id()).isEqualTo(full.component(f.component().id()).status());
      }
    }
  }

  @Test
  void aMinimalRegulationAndBadComponents() {
    AuditResult r = RegulationAudit.audit(COMPONENTS, "s", new RegulationText("short.txt", List.of(
        "Положение разработано в соответствии с Федеральным законом № 273-ФЗ.",
        "Для оценки функциональной грамотности проводится диагностика на платформе РЭШ; показатель — доля обучающихся "
            + "с уровнем читательской грамотности не ниже среднего.")), Optional.empty());
    assertThat(r.component("normative").status()).isEqualTo(ComponentStatus.PARTIAL);
    assertThat(r.component("normative").message()).startsWith("«Нормативные основания").contains("частично; не найдено: порядок "
        + "самообследования (приказ № 462)");
    assertThat(r.component("literacy").status()).isEqualTo(ComponentStatus.PRESENT);
    assertThat(r.component("principles").status()).isEqualTo(ComponentStatus.MISSING);
    assertThatThrownBy(() -> AuditComponents.load("c.yaml", new StringReader("""
        format: vsoko-audit/1
        components:
          - {id: x, title: X, requirements: [{name: n, pattern: '(unclosed'}]}
        """))).hasMessageStartingWith("c.yaml, компонент 1 («x»), требование 1: поле «pattern»: не регулярное выражение");
  }
}
