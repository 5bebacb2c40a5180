package io.github.vsoko.analytics.vpr;

import io.github.vsoko.model.school.ClassName;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One teacher's classes in one ВПР work (анализ по учителям): the participants of the classes where the teacher taught
 * the work's subject, their marks, the comparison with the journal marks the teacher gave, r_s and the markers — the
 * same as for a class: official ones against all participants of the work, and whether the lowered or raised share
 * stands out from the school's other classes in the work.
 *
 * @param school the school's ФИС ОКО login
 * @param work subject, grade, year
 * @param teacher the teacher (a staff id, a pseudonym)
 * @param classes the teacher's classes in the work
 * @param counts the counts
 * @param marks the ВПР marks
 * @param spearman r_s between journal marks and primary scores; empty when undefined
 * @param markers markers found, official ones first
 * @since 0.1.0
 */
public record VprTeacherResult(String school, VprWork work, String teacher, List<ClassName> classes, VprCounts counts,
    VprMarkCounts marks, OptionalDouble spearman, List<ObjectivityMarker> markers) {
  /** Validates and copies. */
  public VprTeacherResult {
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(teacher, "teacher");
    classes = List.copyOf(classes);
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(marks, "marks");
    Objects.requireNonNull(spearman, "spearman");
    markers = List.copyOf(markers);
  }

  /** Who taught a work's subject in a class (the teaching assignments of the year the work was written). */
  @FunctionalInterface
  public interface Teachers {
    /** The teachers (staff ids) of the work's subject in the class; empty when not known. */
    List<String> of(VprWork work, ClassName className);
  }
}
