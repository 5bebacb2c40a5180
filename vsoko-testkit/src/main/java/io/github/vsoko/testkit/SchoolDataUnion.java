package io.github.vsoko.testkit;

import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.school.AdditionalFacilities;
import io.github.vsoko.model.school.Infrastructure;
import io.github.vsoko.model.school.PreschoolFacilities;
import io.github.vsoko.model.school.ReadingRoom;
import io.github.vsoko.model.school.RoomKind;
import io.github.vsoko.model.school.SchoolData;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * The union of two organizations' records, as if they were one: lists are joined, counts and areas
 * of facilities are added, yes/no facilities are «да» if either has them, and facilities are absent
 * unless both organizations give them. Ids must not overlap.
 *
 * @since 0.1.0
 */
public final class SchoolDataUnion {
  private SchoolDataUnion() {}

  /** Both organizations' records under {@code organization}, in {@code a}'s reporting period. */
  public static SchoolData of(Organization organization, SchoolData a, SchoolData b) {
    SchoolData.Builder u = SchoolData.builder(organization, a.period());
    for (SchoolData d : new SchoolData[] {a, b}) {
      u.students(d.students()).staff(d.staff()).marks(d.marks()).exams(d.exams()).certificates(d.certificates())
          .contests(d.contests()).vpr(d.vpr()).destinations(d.destinations()).literacy(d.literacy()).children(d.children())
          .learners(d.learners()).projects(d.projects()).heldEvents(d.heldEvents()).publications(d.publications());
    }
    merge(a.infrastructure(), b.infrastructure(), SchoolDataUnion::infrastructure).ifPresent(u::infrastructure);
    merge(a.preschoolFacilities(), b.preschoolFacilities(), SchoolDataUnion::preschool).ifPresent(u::preschoolFacilities);
    merge(a.additionalFacilities(), b.additionalFacilities(), SchoolDataUnion::additional).ifPresent(u::additionalFacilities);
    return u.build();
  }

  /** Facilities of the union are known only when both organizations' are. */
  private static <T> Optional<T> merge(Optional<T> a, Optional<T> b, BinaryOperator<T> both) {
    return a.isPresent() && b.isPresent() ? Optional.of(both.apply(a.get(), b.get())) : Optional.empty();
  }

  private static ReadingRoom room(ReadingRoom a, ReadingRoom b) {
    return new ReadingRoom(a.present() || b.present(), a.computers() || b.computers(), a.mediaLibrary() || b.mediaLibrary(),
        a.scanning() || b.scanning(), a.internet() || b.internet(), a.controlledPrinting() || b.controlledPrinting());
  }

  private static Infrastructure infrastructure(Infrastructure a, Infrastructure b) {
    return new Infrastructure(a.asOf(), a.computersInEducation() + b.computersInEducation(),
        a.educationalLiterature() + b.educationalLiterature(), a.electronicDocumentFlow() || b.electronicDocumentFlow(),
        room(a.readingRoom(), b.readingRoom()), a.broadband() || b.broadband(), a.educationalArea().add(b.educationalArea()));
  }

  private static PreschoolFacilities preschool(PreschoolFacilities a, PreschoolFacilities b) {
    return new PreschoolFacilities(a.asOf(), a.educationalArea().add(b.educationalArea()),
        a.additionalActivitiesArea().add(b.additionalActivitiesArea()), a.gym() || b.gym(), a.musicHall() || b.musicHall(),
        a.walkingAreas() || b.walkingAreas());
  }

  private static AdditionalFacilities additional(AdditionalFacilities a, AdditionalFacilities b) {
    Map<RoomKind, Integer> rooms = new EnumMap<>(RoomKind.class);
    for (RoomKind k : RoomKind.values()) {
      rooms.put(k, a.rooms(k) + b.rooms(k));
    }
    return new AdditionalFacilities(a.asOf(), a.computers() + b.computers(), rooms, a.camps() || b.camps(),
        a.electronicDocumentFlow() || b.electronicDocumentFlow(), room(a.readingRoom(), b.readingRoom()),
        a.broadband() || b.broadband(), a.psychologicalSupport() || b.psychologicalSupport());
  }
}
