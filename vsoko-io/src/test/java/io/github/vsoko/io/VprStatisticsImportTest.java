package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.io.fixtures.FisOkoFixtures;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.VprGroupLevel;
import io.github.vsoko.model.school.VprJournalStatistics;
import io.github.vsoko.model.school.VprMarkStatistics;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ФИС ОКО statistics reports: Ф3 and the journal comparison, in the real layouts. */
class VprStatisticsImportTest {
  @TempDir Path dir;

  @Test
  void markStatisticsUnderANumericFileNameWithEveryLevel() throws IOException {
    Path file = FisOkoFixtures.markStatistics(dir);
    assertThat(VprStatisticsImport.recognises(file)).isTrue();
    VprStatisticsResult r = VprStatisticsImport.read(file);
    assertThat(r.kind()).isEqualTo(VprStatisticsKind.MARKS);
    assertThat(r.problems()).isEmpty();
    assertThat(r.marks()).extracting(m -> m.level() + " " + m.name() + " " + m.code().orElse("-") + " " + m.participants())
        .containsExactly("RUSSIA Вся выборка - 1412345", "REGION Красноярский край - 30211",
            "MUNICIPALITY Енисейский муниципальный район 24_10 401", "SCHOOL МБОУ СОШ № 7 sch240007 75",
            "SCHOOL МБОУ СОШ № 9 sch240009 48");
    VprMarkStatistics school = r.marks().get(3);
    assertThat(school.subject()).isEqualTo(SchoolSubject.MATHEMATICS);
    assertThat(school.grade().value()).isEqualTo(4);
    assertThat(school.year()).isEqualTo(2024);
    assertThat(school.schools()).isEmpty();
    assertThat(school.percent(5)).isEqualByComparingTo("34.67");
    assertThat(r.marks().get(2).schools()).hasValue(14);
  }

  @Test
  void theJournalComparisonAgreesWithItsCountsOrSaysWhere() throws IOException {
    VprStatisticsResult ok = VprStatisticsImport.read(FisOkoFixtures.journalComparison(dir, "1.xlsx", 20, false));
    assertThat(ok.kind()).isEqualTo(VprStatisticsKind.JOURNAL);
    assertThat(ok.problems()).isEmpty();
    assertThat(ok.journal()).extracting(VprJournalStatistics::level)
        .containsExactly(VprGroupLevel.REGION, VprGroupLevel.MUNICIPALITY, VprGroupLevel.SCHOOL);
    VprJournalStatistics school = ok.journal().get(2);
    assertThat(school.lowered()).isEqualTo(20);
    assertThat(school.loweredPercent()).isEqualByComparingTo("26.67");
    VprStatisticsResult wrong = VprStatisticsImport.read(FisOkoFixtures.journalComparison(dir, "2.xlsx", 20, true));
    assertThat(wrong.problems()).extracting(Problem::toString).singleElement().asString()
        .contains("2.xlsx", "МА 4 Сравнение отметок с отметк", "строка 10", "«понизили»: 36.67 % не согласуется с числом 20 из 75");
  }

  @Test
  void aFileWithoutTheWorkOrWithoutAReportIsALocatedError() throws IOException {
    Path noWork = FisOkoFixtures.write(dir.resolve("3.xlsx"), "Лист1", java.util.List.of(
        FisOkoFixtures.row("Группы участников", "Кол-во ОО", "Кол-во участников", "2", "3", "4", "5"),
        FisOkoFixtures.row("Вся выборка", 1, 10, 10, 20, 30, 40)));
    assertThatThrownBy(() -> VprStatisticsImport.read(noWork)).isInstanceOf(ProblemException.class)
        .hasMessageContaining("3.xlsx").hasMessageContaining("не удаётся определить работу (предмет класс год");
    Path other = FisOkoFixtures.write(dir.resolve("4.xlsx"), "Лист1", java.util.List.of(FisOkoFixtures.row("Код", "Вариант")));
    assertThat(VprStatisticsImport.recognises(other)).isFalse();
    assertThatThrownBy(() -> VprStatisticsImport.read(other)).hasMessageContaining("нет ни «Статистики по отметкам»");
  }

  /** Percents printed from the counts (2 decimals) always agree with them; any other percent is caught. */
  @Property(tries = 25)
  void percentAndCountColumnsAgree(@ForAll @IntRange(min = 0, max = 72) int lowered, @ForAll boolean wrong)
      throws IOException {
    VprStatisticsResult r;
    try (ScratchDirectory d = ScratchDirectory.create("stat")) {
      r = VprStatisticsImport.read(FisOkoFixtures.journalComparison(d.path(), "x.xlsx", lowered, wrong));
    }
    assertThat(r.problems().isEmpty()).isEqualTo(!wrong);
    VprJournalStatistics s = r.journal().get(2);
    assertThat(s.lowered() + s.confirmed() + s.raised()).isEqualTo(s.participants());
    if (!wrong) {
      assertThat(s.loweredPercent().subtract(BigDecimal.valueOf(lowered * 100.0 / 75)).abs())
          .isLessThanOrEqualTo(new BigDecimal("0.006"));
    }
  }
}
