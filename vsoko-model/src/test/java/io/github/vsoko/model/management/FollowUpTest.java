package io.github.vsoko.model.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.fixtures.Recommendations2024;
import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.framework.Role;
import io.github.vsoko.model.time.AcademicYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpTest {
  private final AcademicYear year = AcademicYear.starting(2024);

  @Test
  void recommendations2024RecommendationsAreAddressedToBothSchoolsAndARole() {
    List<Recommendation> recs = Recommendations2024.recommendations();
    assertThat(recs).hasSize(7);
    assertThat(recs.get(1).addressees()).extracting(Addressee::display)
        .containsExactly("Руководители и заместители руководителей ОУ", "МБОУ СОШ № 9", "МБОУ ООШ № 8");
    assertThat(recs.get(1).deadline().deadline(year)).contains(LocalDate.of(2024, 9, 1));
  }

  @Test
  void judgesTimelinessAgainstTheDeadline() {
    Recommendation rec = Recommendations2024.recommendations().get(2);
    FollowUp late = new FollowUp(rec.id(), LocalDate.of(2024, 10, 1), Optional.of(LocalDate.of(2024, 9, 15)), Optional.empty());
    FollowUp onTime = new FollowUp(rec.id(), LocalDate.of(2024, 10, 1), Optional.of(LocalDate.of(2024, 8, 20)), Optional.empty());
    FollowUp notYet = new FollowUp(rec.id(), LocalDate.of(2024, 8, 1), Optional.empty(), Optional.empty());
    FollowUp missed = new FollowUp(rec.id(), LocalDate.of(2024, 9, 2), Optional.empty(), Optional.empty());
    assertThat(late.evaluate(rec, year).doneByDeadline()).isEqualTo(Verdict.NO);
    assertThat(onTime.evaluate(rec, year).doneByDeadline()).isEqualTo(Verdict.YES);
    assertThat(notYet.evaluate(rec, year).doneByDeadline()).isEqualTo(Verdict.UNKNOWN);
    assertThat(missed.evaluate(rec, year).doneByDeadline()).isEqualTo(Verdict.NO);
  }

  @Test
  void judgesWhetherTheControlIndicatorMoved() {
    Recommendation rec = Recommendation.builder("r1", "Снизить долю неуспевающих")
        .addressee(new RoleAddressee(Role.DEPUTY_ACADEMIC))
        .deadline("до 31.05.2025")
        .control(new ControlIndicator(IndicatorReference.freeText("Доля неуспевающих, %"),
            Optional.of(new BigDecimal("8.0")), Optional.of(new BigDecimal("5.0")), Direction.DECREASE))
        .build();
    FollowUpResult better = new FollowUp("r1", LocalDate.of(2025, 6, 1), Optional.of(LocalDate.of(2025, 5, 30)),
        Optional.of(new BigDecimal("6.5"))).evaluate(rec, year);
    assertThat(better).isEqualTo(new FollowUpResult(Verdict.YES, Verdict.YES, Verdict.NO));
    FollowUpResult reached = new FollowUp("r1", LocalDate.of(2025, 6, 1), Optional.empty(),
        Optional.of(new BigDecimal("5.0"))).evaluate(rec, year);
    assertThat(reached).isEqualTo(new FollowUpResult(Verdict.NO, Verdict.YES, Verdict.YES));
  }

  @Test
  void refusesToJudgeAnotherRecommendationOrAnImpossibleTarget() {
    Recommendation rec = Recommendations2024.recommendations().get(0);
    assertThatThrownBy(() -> new FollowUp("other", LocalDate.of(2024, 1, 1), Optional.empty(), Optional.empty()).evaluate(rec, year))
        .hasMessageContaining("«other»");
    assertThatThrownBy(() -> new ControlIndicator(IndicatorReference.freeText("x"), Optional.of(BigDecimal.ONE),
            Optional.of(BigDecimal.TEN), Direction.DECREASE))
        .hasMessageContaining("does not lie in the direction DECREASE");
  }
}
