package io.github.vsoko.analytics.vpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TaskThresholdsTest {
  @Test
  void defaultsAndARegionsOwn() {
    TaskThresholds d = TaskThresholds.defaults();
    assertThat(d.judge(TaskLevel.BASIC, 60)).isEqualTo("достаточный");
    assertThat(d.judge(TaskLevel.BASIC, 58)).isEqualTo("зона неопределённости");
    assertThat(d.judge(TaskLevel.BASIC, 56.9)).isEqualTo("недостаточный");
    assertThat(d.judge(TaskLevel.ADVANCED, 29)).isEqualTo("зона неопределённости");
    assertThat(TaskLevel.ADVANCED.judge(28)).isEqualTo("недостаточный");
    TaskThresholds own = TaskThresholds.parse("65; 50; 35; 20");
    assertThat(own).isEqualTo(new TaskThresholds(65, 50, 35, 20));
    assertThat(own.judge(TaskLevel.BASIC, 60)).isEqualTo("зона неопределённости");
    assertThat(TaskThresholds.parse("60,57,30,28.5")).isEqualTo(d);
    assertThat(TaskThresholds.parse("60;57;30;28,5")).isEqualTo(d);
    assertThatThrownBy(() -> TaskThresholds.parse("60,57")).hasMessageContaining("получено «60,57»");
    assertThatThrownBy(() -> new TaskThresholds(50, 60, 30, 20)).hasMessageContaining("недостаточный ≤ достаточный");
    VprDistribution.TaskCompletion t = new VprDistribution.TaskCompletion("1", 58, java.util.Optional.of(100L), 0);
    assertThat(t.judge(TaskLevel.BASIC)).contains("зона неопределённости");
    assertThat(t.judge(TaskLevel.BASIC, own)).contains("зона неопределённости");
    assertThat(t.judge(TaskLevel.BASIC, TaskThresholds.parse("55,50,30,20"))).contains("достаточный");
  }

  @Test
  void thresholdsAreCheckedForBothLevelsAtTheirEdges() {
    assertThat(new TaskThresholds(0, 0, 100, 100)).isNotNull(); // 0 and 100 are percentages; «insufficient» may equal «sufficient»
    assertThat(new TaskThresholds(100, 100, 0, 0)).isNotNull();
    assertThatThrownBy(() -> new TaskThresholds(100.5, 50, 30, 28.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("basic");
    assertThatThrownBy(() -> new TaskThresholds(-0.5, 0, 30, 28.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("basic");
    assertThatThrownBy(() -> new TaskThresholds(60, -0.5, 30, 28.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("basic");
    assertThatThrownBy(() -> new TaskThresholds(60, 60.5, 30, 28.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("basic");
    assertThatThrownBy(() -> new TaskThresholds(60, 57, 30, 30.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("advanced");
  }

  @Test
  void aTaskIsJudgedSufficientFromItsThresholdAndInsufficientBelowTheOther() {
    TaskThresholds t = TaskThresholds.defaults();
    assertThat(t.judge(TaskLevel.BASIC, 60)).isEqualTo("достаточный");
    assertThat(t.judge(TaskLevel.BASIC, 59.99)).isEqualTo("зона неопределённости");
    assertThat(t.judge(TaskLevel.BASIC, 57)).isEqualTo("зона неопределённости");
    assertThat(t.judge(TaskLevel.BASIC, 56.99)).isEqualTo("недостаточный");
    assertThat(t.judge(TaskLevel.ADVANCED, 30)).isEqualTo("достаточный");
    assertThat(t.judge(TaskLevel.ADVANCED, 28.5)).isEqualTo("зона неопределённости");
    assertThat(t.judge(TaskLevel.ADVANCED, 28.49)).isEqualTo("недостаточный");
  }
}
