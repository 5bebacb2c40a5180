package io.github.vsoko.analytics.vpr;

import io.github.vsoko.model.school.ClassName;
import java.util.List;
import java.util.Objects;

/**
 * One ВПР work written by a cohort's classes (ВПР когорты): the work, the classes the cohort's students were in that
 * spring, and the counts and marks of those classes' participants.
 *
 * @param work the work (subject, grade, year)
 * @param classes the classes whose results are counted
 * @param counts participants, absent, lowered/confirmed/raised against the journal
 * @param marks participants by mark
 * @since 0.1.0
 */
public record VprCohortWork(VprWork work, List<ClassName> classes, VprCounts counts, VprMarkCounts marks) {
  /** Validates and copies. */
  public VprCohortWork {
    Objects.requireNonNull(work, "work");
    classes = List.copyOf(classes);
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(marks, "marks");
  }
}
