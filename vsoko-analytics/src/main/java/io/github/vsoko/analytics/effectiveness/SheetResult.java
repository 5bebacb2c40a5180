package io.github.vsoko.analytics.effectiveness;

import io.github.vsoko.model.time.AcademicYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A filled sheet of one school: every criterion's score with its source and evidence, the weighted total against the
 * maximum, the percentage and the level.
 *
 * @param sheet the sheet
 * @param organizationId the school
 * @param organizationName its name
 * @param year the academic year
 * @param scores one per criterion, in the sheet's order
 * @since 0.1.0
 */
public record SheetResult(EffectivenessSheet sheet, String organizationId, String organizationName, AcademicYear year,
    List<CriterionScore> scores) {
  /** Validates. */
  public SheetResult {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(organizationId, "organization id");
    Objects.requireNonNull(organizationName, "organization name");
    Objects.requireNonNull(year, "year");
    scores = List.copyOf(scores);
  }

  /** The weighted total. */
  public int total() {
    return scores.stream().mapToInt(CriterionScore::weighted).sum();
  }

  /** The weighted maximum. */
  public int max() {
    return scores.stream().mapToInt(CriterionScore::weightedMax).sum();
  }

  /** The total as a percentage of the maximum, 1 decimal HALF_UP. */
  public BigDecimal percent() {
    return max() == 0 ? BigDecimal.ZERO
        : BigDecimal.valueOf(total() * 100L).divide(BigDecimal.valueOf(max()), 1, RoundingMode.HALF_UP);
  }

  /** The level of the percentage. */
  public SheetLevel level() {
    return sheet.level(percent());
  }

  /** Criteria nobody answered (counted as 0). */
  public List<CriterionScore> unanswered() {
    return scores.stream().filter(s -> s.source() == ScoreSource.UNANSWERED).toList();
  }

  /**
   * A section's weighted total and maximum.
   *
   * @param section the section
   * @param total its total
   * @param max its maximum
   */
  public record SectionTotal(SheetSection section, int total, int max) {}

  /** Totals by section, in the sheet's order. */
  public List<SectionTotal> sections() {
    List<SectionTotal> out = new ArrayList<>();
    for (SheetSection s : sheet.sections()) {
      List<CriterionScore> in = scores.stream().filter(c -> c.criterion().section().equals(s.code())).toList();
      out.add(new SectionTotal(s, in.stream().mapToInt(CriterionScore::weighted).sum(),
          in.stream().mapToInt(CriterionScore::weightedMax).sum()));
    }
    return out;
  }
}
