package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.analytics.vpr.TaskLevel;
import io.github.vsoko.analytics.vpr.VprTaskLevels;
import io.github.vsoko.analytics.vpr.VprWork;
import io.github.vsoko.io.fixtures.FisOkoFixtures;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VprTaskCatalogueTableTest {
  @TempDir Path dir;

  @Test
  void levelsAndSkillsWithSubjectsInAnyCase() throws IOException {
    VprTaskLevels t = VprTaskCatalogueTable.read(FisOkoFixtures.taskCatalogue(dir), VprTaskLevels.none());
    VprWork work = new VprWork(SchoolSubject.MATHEMATICS, Grade.of(4), 2024);
    assertThat(t.level(work, "9.1")).isEqualTo(TaskLevel.BASIC);
    assertThat(t.level(work, "12.2")).isEqualTo(TaskLevel.ADVANCED);
    assertThat(t.skill(work, "1")).contains("Умение выполнять арифметические действия с числами");
    assertThat(t.hasSkills(work)).isTrue();
  }

  @Test
  void aBadRowIsLocatedAndFailsTheTable() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "Год;Предмет;Класс;Задание;Уровень\n2024;Математика;4;1;Я\n"
        + "2024;Биолгия;5;1;Б\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> VprTaskCatalogueTable.read(bad, VprTaskLevels.none()))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems()).extracting(Object::toString)
            .satisfiesExactly(p -> assertThat(p).contains("bad.csv", "строка 2", "уровень «Я» — ожидается Б, П или В"),
                p -> assertThat(p).contains("строка 3", "предмет «Биолгия» не из справочника (похожие: «Биология»)")));
  }
}
