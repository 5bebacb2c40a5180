package io.github.vsoko.indicators.order1324;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.TrainingKind;
import io.github.vsoko.model.school.TrainingRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 1.33 and 1.34: professional retraining is not «повышение квалификации по применению ФГОС». */
class TrainingKindsTest {
  @Test
  void retrainingAboutFgosCountsIn133AndNotIn134() {
    List<StaffMember> staff = new ArrayList<>(SmallSchool.staff());
    // t8: a retraining «по ФГОС» in 2024 only (273-ФЗ ст. 76 ч. 2: another kind of programme than повышение квалификации)
    staff.add(StaffMember.builder("t8", "учитель", LocalDate.of(1990, 2, 2), LocalDate.of(2015, 9, 1))
        .category(io.github.vsoko.model.school.StaffCategory.TEACHING)
        .training(new TrainingRecord(TrainingKind.RETRAINING, "Педагогика и методика по ФГОС ООО", 520,
            LocalDate.of(2024, 5, 20), true)).build());
    SchoolData data = SchoolData.builder(SmallSchool.data().organization(), SmallSchool.data().period())
        .students(SmallSchool.data().students()).staff(staff).build();
    EvaluationResult r = IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("order1324.general"), data);
    // 1.33: 3 of 8 before (t1, t2, a1 of t1–t6, x2, a1), now t8 too, of 9; 1.34: still t1 and t3 only
    assertThat(r.value("1.33")).contains(new Share(4, 9));
    assertThat(r.value("1.34")).contains(new Share(2, 9));
  }
}
