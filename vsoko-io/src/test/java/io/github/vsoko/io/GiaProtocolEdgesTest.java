package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.school.ExamResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What makes a protocol (a block line and a header under it) and which column is its primary score. */
class GiaProtocolEdgesTest {
  private static final Pseudonyms KEY = Pseudonyms.withKey("ключ для проверки краёв протокола".getBytes(StandardCharsets.UTF_8));
  @TempDir Path dir;

  private Path csv(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aProtocolNeedsItsBlockLineAndAHeaderUnderIt() throws IOException {
    assertThat(GiaProtocolImport.recognises(csv("header.csv", "Фамилия;Имя;Первичный балл;Оценка\nИванов;Пётр;20;4\n")))
        .isFalse();
    assertThat(GiaProtocolImport.recognises(csv("block.csv", "1 - Русский язык 2024.06.04\nИванов;Пётр;20;4\n"))).isFalse();
    assertThat(GiaProtocolImport.recognises(csv("both.csv",
        "1 - Русский язык 2024.06.04\nФамилия;Имя;Первичный балл;Оценка\nИванов;Пётр;20;4\n"))).isTrue();
    assertThat(GiaProtocolImport.recognises(dir.resolve("нет такого.csv"))).isFalse();
  }

  /** Only «Первичный балл (макс. 33)»: that is the primary score; beside the plain «Первичный балл», the plain one. */
  @Test
  void thePrimaryScoreColumn() throws IOException {
    GiaProtocolResult only = GiaProtocolImport.read(csv("only.csv",
        "1 - Русский язык 2024.06.04\nФамилия;Имя;Класс;Первичный балл (макс. 33);Оценка\nИванов;Пётр;9А;20;4\n"), KEY);
    assertThat(only.exams()).extracting(e -> e.primaryScore().getAsInt()).containsExactly(20);
    GiaProtocolResult both = GiaProtocolImport.read(csv("both.csv",
        "1 - Русский язык 2024.06.04\nФамилия;Имя;Класс;Первичный балл за часть 1;Первичный балл;Оценка\n"
            + "Иванов;Пётр;9А;12;20;4\n"), KEY);
    assertThat(both.exams()).extracting(e -> e.primaryScore().getAsInt()).containsExactly(20);
    assertThat(both.exams()).extracting(ExamResult::year).containsExactly(2024);
  }

  /** A CSV file has no sheets: its problems name the file and the row only. */
  @Test
  void problemsOfACsvProtocolNameNoSheet() throws IOException {
    GiaProtocolResult r = GiaProtocolImport.read(csv("bad.csv",
        "1 - Русский язык 2024.06.04\nФамилия;Имя;Класс;Первичный балл;Оценка\nИванов;Пётр;9А;двадцать;4\n"), KEY);
    assertThat(r.problems()).extracting(Problem::toString).singleElement().asString().contains("bad.csv").contains("строка 3")
        .doesNotContain("лист");
  }
}
