package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.analytics.vpr.VprAnalysis;
import io.github.vsoko.analytics.vpr.VprDistributions;
import io.github.vsoko.analytics.vpr.VprScale;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.analytics.vpr.VprTaskLevels;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.TaskScore;
import io.github.vsoko.model.school.VprResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A ВПР report over several works says a thing once, and agrees its nouns with its numbers. */
class VprReportNotesTest {
  @Test
  void theNoteOnUnknownTaskLevelsAppearsOnceAndNamesEveryWork() {
    VprScales scales = VprScales.forAll(new VprScale(6, 10, 15, OptionalInt.of(20)));
    VprAnalysis analysis = new VprAnalysis(scales, false);
    VprDistributions distributions = new VprDistributions(scales);
    int n = 0;
    for (int grade : new int[] {4, 5}) {
      for (int score : new int[] {8, 12, 16}) {
        VprResult r = new VprResult("p" + n++, "sch1", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(grade), 2024,
            Optional.of("1"), false, List.of(new TaskScore("1", OptionalInt.of(score), OptionalInt.of(20))),
            OptionalInt.of(score), Optional.empty(), Optional.of(MarkValue.FOUR));
        analysis.accept("f", r);
        distributions.accept(r);
      }
    }
    Report report = VprReport.build(analysis.result(), distributions.result(), VprTaskLevels.none(), "ВПР", LocalDate.of(2024, 12, 31),
        ReportOptions.defaults());
    List<String> notes = report.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text())
        .filter(t -> t.contains("Уровни сложности заданий не заданы")).toList();
    assertThat(notes).singleElement().asString().contains("Математика, 4 класс, 2024", "Математика, 5 класс, 2024");
    assertThat(report.blocks()).filteredOn(Heading.class::isInstance).extracting(b -> ((Heading) b).text())
        .contains("Математика, 4 класс, 2024 — 3 участника (выборка ограничена)");
  }
}
