package io.github.vsoko.analytics.vpr;

import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.VprResult;
import java.util.Objects;

/**
 * One ВПР work (работа): a subject in a grade in a year.
 *
 * @param subject the subject
 * @param grade the grade
 * @param year the calendar year it was written
 * @since 0.1.0
 */
public record VprWork(SchoolSubject subject, Grade grade, int year) implements Comparable<VprWork> {
  /** Validates. */
  public VprWork {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(grade, "grade");
  }

  /** The work a result was written in. */
  public static VprWork of(VprResult result) {
    return new VprWork(result.subject(), result.grade(), result.year());
  }

  /** Whether {@code result} was written in this work (without making a work of it: asked for every row). */
  public boolean isWorkOf(VprResult result) {
    return year == result.year() && grade.equals(result.grade()) && subject.equals(result.subject());
  }

  @Override
  public int compareTo(VprWork o) {
    int c = Integer.compare(year, o.year);
    if (c == 0) {
      c = Integer.compare(grade.value(), o.grade.value());
    }
    return c != 0 ? c : subject.name().compareTo(o.subject.name());
  }

  @Override
  public String toString() {
    return subject.name() + ", " + grade.value() + " класс, " + year;
  }
}
