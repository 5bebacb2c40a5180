package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.internal.Text;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A deadline vsoko cannot read, kept as written (срок не распознан): shown wherever the row is, never judged due or
 * overdue, reported by importers and the model check so that somebody rewrites it. {@link Schedule#parseOrKeep}
 * makes one.
 *
 * @param text the cell as written, whitespace collapsed
 * @param reason why it was not read
 * @since 0.1.0
 */
public record Unrecognised(String text, String reason) implements Schedule {
  /** Validates the schedule. */
  public Unrecognised {
    text = Text.collapseWhitespace(Checks.text(text, "deadline text"));
    reason = Checks.text(reason, "reason");
  }

  @Override
  public List<LocalDate> dueDates(AcademicYear year) {
    return List.of();
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    return false;
  }

  @Override
  public String format() {
    return text;
  }

  @Override
  public boolean isRecognised() {
    return false;
  }
}
