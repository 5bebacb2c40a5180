package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.fixtures.SgoFixtures;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.time.PeriodKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** «Сетевой город» reports at the edges of their headers: dates of both spellings, the student's own line, the kind. */
class SgoImportEdgesTest {
  private static final Pseudonyms KEY = Pseudonyms.withKey("ключ для проверки краёв отчёта СГО".getBytes(StandardCharsets.UTF_8));
  @TempDir Path dir;

  /** A student report of one quarter, its period written {@code period}, the student named on a line of their own. */
  private Path quarterReport(String period) throws IOException {
    return quarterReport(period, "3 четверть");
  }

  private Path quarterReport(String period, String quarter) throws IOException {
    String html = """
        <html><head><meta charset="utf-8"></head><body>
        <p>Отчет об успеваемости и посещаемости ученика</p>
        <p>Учебный год: 2023/2024 Класс: 9Б Период: %s</p>
        <p>Ученик: Иванов Пётр Сергеевич</p>
        <table>
        <tr><td rowspan="2">Предмет</td><td colspan="2">Январь</td><td rowspan="2">Итог.оценка %s</td></tr>
        <tr><td>15</td><td>22</td></tr>
        <tr><td>Алгебра</td><td>5</td><td>4</td><td>4</td></tr>
        </table></body></html>
        """.formatted(period, quarter);
    return Files.writeString(dir.resolve("Отчет ученика за четверть.xls"), html, StandardCharsets.UTF_8);
  }

  /** «с 08.01.2024 по 22.03.2024» and «с 8.01.24 по 22.03.24» are the same days; the quarter takes them. */
  @Test
  void aTermTakesTheHeaderPeriodInEitherSpellingOfTheYear() throws IOException {
    for (String period : new String[] {"с 08.01.2024 по 22.03.2024", "с 8.01.24 по 22.03.24"}) {
      SgoImportResult r = SgoImport.read(quarterReport(period), KEY);
      assertThat(r.report()).isEqualTo("Отчет об успеваемости и посещаемости ученика");
      assertThat(r.students()).extracting(s -> s.id()).containsExactly(KEY.of("Иванов Пётр Сергеевич"));
      AttestationMark m = r.marks().get(0);
      assertThat(m.period().kind()).as(period).isEqualTo(PeriodKind.QUARTER);
      assertThat(m.period().number()).isEqualTo(3);
      assertThat(m.period().start()).as(period).isEqualTo(LocalDate.of(2024, 1, 8));
      assertThat(m.period().end()).as(period).isEqualTo(LocalDate.of(2024, 3, 22));
    }
  }

  @Test
  void whatIsAnSgoReport() throws IOException {
    assertThat(SgoImport.recognises(SgoFixtures.finalMarks(dir))).isTrue();
    assertThat(SgoImport.read(SgoFixtures.finalMarks(dir), KEY).report()).isEqualTo("Итоговые отметки");
    Path noYear = Files.writeString(dir.resolve("страница.xls"), "<html><body><p>Класс: 9Б</p><table><tr><td>1</td></tr></table>"
        + "</body></html>", StandardCharsets.UTF_8);
    assertThat(SgoImport.recognises(noYear)).isFalse();
    Path noClass = Files.writeString(dir.resolve("страница2.xls"), "<html><body><p>Учебный год: 2023/2024</p><table><tr><td>1"
        + "</td></tr></table></body></html>", StandardCharsets.UTF_8);
    assertThat(SgoImport.recognises(noClass)).isFalse();
    assertThat(SgoImport.recognises(dir.resolve("нет такого.xls"))).isFalse();
  }

  /** The last quarter in Roman numerals and in digits; a fifth quarter is no period at all. */
  @Test
  void theLastQuarterAndNoFifth() throws IOException {
    for (String quarter : new String[] {"IV четверть", "4 четверть"}) {
      SgoImportResult r = SgoImport.read(quarterReport("с 21.03.2024 по 31.05.2024", quarter), KEY);
      assertThat(r.marks()).extracting(m -> m.period().kind() + " " + m.period().number()).as(quarter)
          .containsExactly("QUARTER 4");
    }
    SgoImportResult fifth = SgoImport.read(quarterReport("с 21.03.2024 по 31.05.2024", "5 четверть"), KEY);
    assertThat(fifth.marks()).noneMatch(m -> m.period().kind() == PeriodKind.QUARTER);
  }

  /** Both half-years of the final marks are read, the second as the last one of the year. */
  @Test
  void bothHalfYears() throws IOException {
    SgoImportResult r = SgoImport.read(SgoFixtures.finalMarks(dir), KEY);
    assertThat(r.marks()).filteredOn(m -> m.studentId().equals(KEY.of("Иванов Пётр Сергеевич")))
        .extracting(m -> m.subject().name() + " " + m.period().kind() + " " + m.period().number() + " " + m.value().label())
        .contains("Русский язык HALF_YEAR 1 5", "Русский язык HALF_YEAR 2 5", "Алгебра HALF_YEAR 2 4");
  }
}
