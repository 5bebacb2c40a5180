package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Infrastructure of an organization of additional education (раздел 2 приложения № 5), on a date.
 *
 * @param asOf the date the figures are for
 * @param computers computers used in education (2.1)
 * @param rooms number of rooms of each kind (2.2, 2.3)
 * @param camps whether it has country health camps or recreation centres (2.4)
 * @param electronicDocumentFlow whether there is an e-document system (2.5)
 * @param readingRoom the library's reading room (2.6)
 * @param broadband whether broadband of at least 2 Mb/s is provided (2.7)
 * @param psychologicalSupport whether there is a system of psychological support of gifted children (1.24)
 * @since 0.1.0
 */
public record AdditionalFacilities(
    LocalDate asOf, int computers, Map<RoomKind, Integer> rooms, boolean camps, boolean electronicDocumentFlow,
    ReadingRoom readingRoom, boolean broadband, boolean psychologicalSupport) {
  /** Validates the figures. */
  public AdditionalFacilities {
    Checks.notNull(asOf, "facilities date");
    Checks.nonNegative(computers, "computers");
    Checks.notNull(rooms, "rooms");
    EnumMap<RoomKind, Integer> copy = new EnumMap<>(RoomKind.class);
    rooms.forEach((k, v) -> copy.put(Checks.notNull(k, "room kind"), Checks.nonNegative(v, "rooms of kind " + k)));
    rooms = Collections.unmodifiableMap(copy);
    Checks.notNull(readingRoom, "reading room");
  }

  /** Rooms of a kind. */
  public int rooms(RoomKind kind) {
    return rooms.getOrDefault(kind, 0);
  }
}
