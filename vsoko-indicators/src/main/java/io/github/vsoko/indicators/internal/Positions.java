package io.github.vsoko.indicators.internal;

import io.github.vsoko.model.school.StaffMember;
import java.util.Locale;

/** Job titles the order № 1324 lists ask about, and how a staff member's position is matched to them. */
public final class Positions {
  /** Музыкальный руководитель. */
  public static final String MUSIC_DIRECTOR = "музыкальный руководитель";
  /** Инструктор по физической культуре. */
  public static final String PE_INSTRUCTOR = "инструктор по физической культуре";
  /** Учитель-логопед. */
  public static final String SPEECH_THERAPIST_TEACHER = "учитель-логопед";
  /** Логопед. */
  public static final String SPEECH_THERAPIST = "логопед";
  /** Учитель-дефектолог. */
  public static final String DEFECTOLOGIST = "учитель-дефектолог";
  /** Педагог-психолог. */
  public static final String PSYCHOLOGIST = "педагог-психолог";
  /** Методист (any: методист, старший методист). */
  public static final String METHODIST = "методист";

  private Positions() {}

  /**
   * Whether the position is the title exactly, or the title followed by a note («педагог-психолог (0,5
   * ставки)»); case, «ё» and spacing around the hyphen do not matter. «Учитель-логопед» is not «логопед».
   */
  public static boolean holds(StaffMember member, String title) {
    String p = normalize(member.position());
    return p.equals(title) || p.startsWith(title + " ") || p.startsWith(title + ",");
  }

  /** Whether the position mentions the word anywhere («старший методист»). */
  public static boolean mentions(StaffMember member, String word) {
    return normalize(member.position()).contains(word);
  }

  private static String normalize(String position) {
    return position.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", " ").strip();
  }
}
