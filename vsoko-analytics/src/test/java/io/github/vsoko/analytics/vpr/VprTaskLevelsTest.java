package io.github.vsoko.analytics.vpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import org.junit.jupiter.api.Test;

/** The levels of a work's tasks and what each checks: named, defaulted to basic, completed by another table. */
class VprTaskLevelsTest {
  private static final VprWork MATH4 = new VprWork(SchoolSubject.MATHEMATICS, Grade.of(4), 2024);
  private static final VprWork MATH5 = new VprWork(SchoolSubject.MATHEMATICS, Grade.of(5), 2024);
  private static final VprWork RUS4 = new VprWork(SchoolSubject.RUSSIAN, Grade.of(4), 2024);

  @Test
  void aTaskTheTableDoesNotNameIsBasicAndUnknown() {
    VprTaskLevels levels = VprTaskLevels.none().with(MATH4, " 11.1 ", TaskLevel.ADVANCED);
    assertThat(levels.find(MATH4, "11.1")).contains(TaskLevel.ADVANCED); // the label is stripped on both sides
    assertThat(levels.level(MATH4, "11.1 ")).isEqualTo(TaskLevel.ADVANCED);
    assertThat(levels.find(MATH4, "1")).isEmpty();
    assertThat(levels.level(MATH4, "1")).isEqualTo(TaskLevel.BASIC);
    assertThat(levels.find(MATH5, "11.1")).isEmpty(); // another work: another table
    assertThat(levels.isKnown(MATH4)).isTrue();
    assertThat(levels.isKnown(MATH5)).isFalse();
    assertThat(VprTaskLevels.none().isKnown(MATH4)).isFalse();
    assertThat(VprTaskLevels.none().level(MATH4, "1")).isEqualTo(TaskLevel.BASIC);
  }

  @Test
  void copiesLeaveTheOriginalAsItWas() {
    VprTaskLevels none = VprTaskLevels.none();
    VprTaskLevels one = none.with(MATH4, "1", TaskLevel.ADVANCED);
    VprTaskLevels skilled = one.withSkill(MATH4, "1", "  вычисления  ");
    assertThat(none.find(MATH4, "1")).isEmpty();
    assertThat(one.skill(MATH4, "1")).isEmpty();
    assertThat(skilled.skill(MATH4, "1")).contains("вычисления");
    assertThat(skilled.find(MATH4, "1")).contains(TaskLevel.ADVANCED); // the levels travel with the skills
    assertThat(skilled.with(MATH4, "2", TaskLevel.BASIC).skill(MATH4, "1")).contains("вычисления"); // and back
    assertThat(skilled.hasSkills(MATH4)).isTrue();
    assertThat(skilled.hasSkills(MATH5)).isFalse();
    assertThat(one.hasSkills(MATH4)).isFalse();
  }

  @Test
  void thresholdsAreTheDefaultsUntilSetAndTravelWithCopies() {
    TaskThresholds regional = new TaskThresholds(65, 50, 35, 20);
    assertThat(VprTaskLevels.none().thresholds()).isEqualTo(TaskThresholds.defaults());
    VprTaskLevels levels = VprTaskLevels.none().withThresholds(regional);
    assertThat(levels.thresholds()).isEqualTo(regional);
    assertThat(levels.with(MATH4, "1", TaskLevel.BASIC).withSkill(MATH4, "1", "x").thresholds()).isEqualTo(regional);
    assertThat(levels.orElse(VprTaskLevels.none()).thresholds()).isEqualTo(regional);
    assertThat(levels.find(MATH4, "1")).isEmpty();
    assertThatThrownBy(() -> levels.withThresholds(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void blankLabelsAndTextsAreRefused() {
    VprTaskLevels none = VprTaskLevels.none();
    assertThatThrownBy(() -> none.with(MATH4, " ", TaskLevel.BASIC)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> none.with(MATH4, null, TaskLevel.BASIC)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> none.with(MATH4, "1", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> none.with(null, "1", TaskLevel.BASIC)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> none.withSkill(MATH4, " ", "умение")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> none.withSkill(MATH4, null, "умение")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> none.withSkill(MATH4, "1", " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> none.withSkill(MATH4, "1", null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> none.withSkill(null, "1", "умение")).isInstanceOf(NullPointerException.class);
  }

  /**
   * A work this table knows keeps its own levels (the other table's extra task of that work is not taken); a work only the
   * other knows takes the other's. The same for skills, work by work.
   */
  @Test
  void orElseCompletesWorkByWork() {
    VprTaskLevels mine = VprTaskLevels.none().with(MATH4, "1", TaskLevel.BASIC).withSkill(RUS4, "1", "моё умение");
    VprTaskLevels other = VprTaskLevels.none()
        .with(MATH4, "1", TaskLevel.ADVANCED).with(MATH4, "2", TaskLevel.ADVANCED).with(MATH5, "3", TaskLevel.ADVANCED)
        .withSkill(RUS4, "2", "чужое умение").withSkill(MATH4, "1", "чужое для математики");
    VprTaskLevels both = mine.orElse(other);
    assertThat(both.find(MATH4, "1")).contains(TaskLevel.BASIC);
    assertThat(both.find(MATH4, "2")).isEmpty();
    assertThat(both.find(MATH5, "3")).contains(TaskLevel.ADVANCED);
    assertThat(both.skill(RUS4, "1")).contains("моё умение");
    assertThat(both.skill(RUS4, "2")).isEmpty();
    assertThat(both.skill(MATH4, "1")).contains("чужое для математики");
    assertThat(mine.find(MATH5, "3")).isEmpty(); // the original is untouched
  }
}
