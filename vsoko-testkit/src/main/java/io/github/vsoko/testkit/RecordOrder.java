package io.github.vsoko.testkit;

import io.github.vsoko.model.school.SchoolData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The same records in another order (порядок записей): every list of a {@link SchoolData} shuffled, facilities kept.
 * An indicator's value must not depend on the order in which a school's export lists its records.
 *
 * @since 0.1.0
 */
public final class RecordOrder {
  private RecordOrder() {}

  /** Every list of {@code data} shuffled with {@code random}. */
  public static SchoolData shuffled(SchoolData data, Random random) {
    SchoolData.Builder b = SchoolData.builder(data.organization(), data.period())
        .students(shuffle(data.students(), random)).staff(shuffle(data.staff(), random)).marks(shuffle(data.marks(), random))
        .exams(shuffle(data.exams(), random)).certificates(shuffle(data.certificates(), random))
        .contests(shuffle(data.contests(), random)).vpr(shuffle(data.vpr(), random))
        .destinations(shuffle(data.destinations(), random)).literacy(shuffle(data.literacy(), random))
        .children(shuffle(data.children(), random)).learners(shuffle(data.learners(), random))
        .projects(shuffle(data.projects(), random)).heldEvents(shuffle(data.heldEvents(), random))
        .publications(shuffle(data.publications(), random)).enrolments(shuffle(data.enrolments(), random))
        .assignments(shuffle(data.assignments(), random)).surveys(shuffle(data.surveys(), random));
    data.infrastructure().ifPresent(b::infrastructure);
    data.preschoolFacilities().ifPresent(b::preschoolFacilities);
    data.additionalFacilities().ifPresent(b::additionalFacilities);
    return b.build();
  }

  private static <T> List<T> shuffle(List<T> values, Random random) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, random);
    return copy;
  }
}
