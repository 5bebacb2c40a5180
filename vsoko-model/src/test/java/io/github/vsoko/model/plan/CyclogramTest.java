package io.github.vsoko.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.fixtures.School29Regulation;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CyclogramTest {
  private final Cyclogram cyclogram = Cyclogram.of(School29Regulation.plan());

  @Test
  void hasTwelveMonthColumnsFromSeptemberAndOneRowPerPlanItem() {
    assertThat(cyclogram.months()).hasSize(12).startsWith(YearMonth.of(2024, 9)).endsWith(YearMonth.of(2025, 8));
    assertThat(cyclogram.rows()).hasSize(22).allSatisfy(r -> assertThat(r.dueInMonth()).hasSize(12));
  }

  @Test
  void marksTheMonthsEachRowIsDueIn() {
    // row 1: «Декабрь, июнь (…)» → December (index 3) and June (index 9)
    assertThat(cyclogram.rows().get(0).dueInMonth())
        .containsExactly(false, false, false, true, false, false, false, false, false, true, false, false);
    // row 16: «Сентябрь - май» → September to May
    assertThat(cyclogram.rows().get(15).dueInMonth())
        .containsExactly(true, true, true, true, true, true, true, true, true, false, false, false);
  }

  @Test
  void answersDueThisMonthAndOverdue() {
    assertThat(cyclogram.dueThisMonth(LocalDate.of(2025, 1, 15))).extracting(i -> i.object().title())
        .containsExactly("Профилактика учебной неуспешности слабоуспевающих и неуспевающих обучающихся",
            "Учебно-методические условия", "Кадровые условия");
    assertThat(cyclogram.dueIn(YearMonth.of(2030, 1))).isEmpty();
    assertThat(cyclogram.overdueOn(LocalDate.of(2025, 9, 1))).hasSize(22);
  }
}
