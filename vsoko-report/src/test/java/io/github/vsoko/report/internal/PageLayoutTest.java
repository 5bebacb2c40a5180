package io.github.vsoko.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.report.Cell;
import io.github.vsoko.report.CellKind;
import io.github.vsoko.report.Row;
import io.github.vsoko.report.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Column widths give every word room and add up to the page. */
class PageLayoutTest {
  @Test
  void aNarrowColumnGetsItsLongestWordFromTheWidestColumn() {
    Table t = new Table("t", "", List.of(Row.of("Класс", "Участников", "Признаки необъективности")),
        List.of(Row.of(List.of(Cell.text("4Б"), Cell.number("24", BigDecimal.valueOf(24), CellKind.INTEGER),
            Cell.text("нет")))), List.of(10, 5, 85));
    int[] w = PageLayout.fitWidths(t, 1000, 10, 0);
    assertThat(w[1]).as("«Участников»: 10 characters").isGreaterThanOrEqualTo(100);
    assertThat(w[0]).as("gives a little of its room, keeps its word").isBetween(50, 100);
    assertThat(Arrays.stream(w).sum()).isBetween(997, 1000);
    assertThat(w[2]).isLessThan(850);
  }

  @Test
  void whenNothingFitsTheMinimumsShrinkTogether() {
    Table t = new Table("t", "", List.of(Row.of("Оченьдлинноеслово", "Ещёоднодлинноеслово")), List.of(), List.of(50, 50));
    int[] w = PageLayout.fitWidths(t, 100, 10, 0);
    assertThat(Arrays.stream(w).sum()).isLessThanOrEqualTo(100);
    assertThat(w[1]).isGreaterThan(w[0]);
  }

  @Property(tries = 200)
  void widthsNeverExceedThePage(@ForAll @Size(min = 1, max = 15) List<@IntRange(min = 1, max = 40) Integer> widths,
      @ForAll @Size(min = 1, max = 15) List<@IntRange(min = 1, max = 20) Integer> words,
      @ForAll @IntRange(min = 100, max = 20000) int total) {
    String[] head = new String[widths.size()];
    for (int i = 0; i < head.length; i++) {
      head[i] = "ж".repeat(words.get(i % words.size()));
    }
    Table t = new Table("t", "", List.of(Row.of(head)), List.of(), widths);
    int[] w = PageLayout.fitWidths(t, total, 7, 10);
    assertThat(Arrays.stream(w).sum()).isLessThanOrEqualTo(total);
    assertThat(Arrays.stream(w).min().orElse(0)).isNotNegative();
  }
}
