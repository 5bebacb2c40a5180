package io.github.vsoko.analytics.effectiveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.time.AcademicYear;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A regional sheet from YAML: what it reads, and every mistake named by its level, section and criterion. */
class SheetLoadTest {
  private static final String LEVELS = """
      levels:
        - {from: 70, name: высокий, conclusion: эффективна}
        - {from: 0, name: низкий, conclusion: неэффективна}
      """;

  private static EffectivenessSheet load(String body) {
    return EffectivenessSheet.load("лист.yaml", new StringReader("format: vsoko-sheet/1\nid: region\ntitle: Лист региона\n" + body));
  }

  @Test
  void aSheetWithItsDefaults() {
    EffectivenessSheet s = load(LEVELS + """
        sections:
          - code: "1"
            title: Документы
            criteria:
              - {id: "1.1", title: Положение, auto: regulation_current}
              - {id: "1.2", title: План, scores: [0, 2, 5], weight: 2, evidence: план, source: приказ}
          - code: "2"
            title: Открытость
            criteria:
              - {id: "2.1", title: Сайт}
        """);
    assertThat(s.criteria()).extracting(SheetCriterion::id).containsExactly("1.1", "1.2", "2.1");
    assertThat(s.criterion("1.1").orElseThrow().scores()).containsExactly(0, 1, 2);
    assertThat(s.criterion("1.1").orElseThrow().auto()).contains(AutoCheck.REGULATION_CURRENT);
    assertThat(s.criterion("1.2").orElseThrow().weight()).isEqualTo(2);
    assertThat(s.criterion("2.1").orElseThrow().weight()).isEqualTo(1);
    assertThat(s.criterion("2.1").orElseThrow().section()).isEqualTo("2");
    assertThat(s.maxTotal()).isEqualTo(2 + 10 + 2);
    assertThat(s.levels()).extracting(SheetLevel::name).containsExactly("высокий", "низкий");
  }

  @Test
  void mistakesAreNamedWhereTheyAre() {
    String section = """
        sections:
          - code: "1"
            title: Документы
            criteria:
              - {id: "1.1", title: Положение}
        """;
    assertThatThrownBy(() -> load("levels:\n  - {from: 70, name: высокий, conclusion: да}\n  - {name: низкий, conclusion: нет}\n"
        + section)).hasMessage("лист.yaml, уровень 2: нет поля «from»");
    assertThatThrownBy(() -> load(LEVELS + section + """
          - code: "2"
            title: Открытость
            criteria:
              - {id: "2.1", title: Сайт}
              - {id: "2.2", title: Отчёт, scores: [0, один]}
        """)).hasMessage("лист.yaml, раздел 2, критерий 2.2: «scores»: ожидаются целые числа, получено «один»");
    assertThatThrownBy(() -> load(LEVELS + section + """
              - {title: План, auto: regulation_current, scores: [0, 1]}
        """)).hasMessageStartingWith("лист.yaml, раздел 1, критерий 2:");
    assertThatThrownBy(() -> load(LEVELS + section.replace("title: Положение}", "title: Положение, auto: угадай}")))
        .hasMessageContaining("лист.yaml, раздел 1, критерий 1.1: «auto»: неизвестная автоматическая проверка «угадай»");
    assertThatThrownBy(() -> load(LEVELS + section.replace("title: Положение}", "title: Положение, auto: regulation_current, "
        + "scores: [0, 1]}"))).hasMessageContaining("an automatic check scores 0, 1 or 2");
    assertThatThrownBy(() -> load("levels:\n  - {from: 70, name: высокий, conclusion: да}\n" + section))
        .hasMessage("лист.yaml: the levels must include one from 0 %");
  }

  @Test
  void theBuiltInSheetAndLabels() {
    assertThat(EffectivenessSheet.builtIn().id()).isNotBlank();
    assertThat(List.of(ScoreSource.values())).extracting(ScoreSource::title)
        .containsExactly("автоматически", "ответ ОО", "нет ответа");
    SheetInputs in = SheetInputs.of(SmallSchool.data(), AcademicYear.starting(2024));
    assertThat(in.organizationId()).isEqualTo("sch1");
    assertThat(in.organizationName()).isEqualTo("МБОУ СОШ № 1");
    assertThat(in.data()).isPresent();
    assertThat(in.model()).isEqualTo(Optional.empty());
  }
}
