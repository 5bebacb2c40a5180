package io.github.vsoko.model.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyAnswerTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

  private static SurveyAnswer answer(String option, int count, AnswerRating rating) {
    return new SurveyAnswer("Удовлетворённость", RespondentGroup.PARENTS, DAY, "Качество обучения", option, count, rating);
  }

  @Test
  void aNegativeCountOrABlankOptionIsRefused() {
    assertThatThrownBy(() -> answer("да", -1, AnswerRating.POSITIVE)).hasMessageContaining("count of answers");
    assertThatThrownBy(() -> answer(" ", 1, AnswerRating.POSITIVE)).hasMessageContaining("answer option");
    assertThat(AnswerRating.UNRATED.rated()).isFalse();
    assertThat(AnswerRating.UNDECIDED.rated()).isTrue();
  }

  @Test
  void oneOptionOfOneQuestionTwiceIsAnErrorNamingBoth() {
    Organization org = Organization.of("o", "Школа", "Школа", OrganizationKind.GENERAL);
    SchoolData.Builder b = SchoolData.builder(org, ReportingPeriod.calendarYear(2024))
        .surveys(List.of(answer("да", 3, AnswerRating.POSITIVE), answer("нет", 1, AnswerRating.NEGATIVE),
            answer("да", 2, AnswerRating.POSITIVE)));
    assertThatThrownBy(b::build).isInstanceOf(ProblemException.class)
        .hasMessageContaining("surveys[2]").hasMessageContaining("уже указан в surveys[0]");
    SchoolData ok = SchoolData.builder(org, ReportingPeriod.calendarYear(2024))
        .surveys(List.of(answer("да", 3, AnswerRating.POSITIVE), answer("нет", 1, AnswerRating.NEGATIVE))).build();
    assertThat(ok.surveys()).hasSize(2);
    assertThat(ok.toBuilder().build()).isEqualTo(ok);
  }
}
