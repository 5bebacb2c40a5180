package io.github.vsoko.analytics.gia;

import java.util.Objects;

/**
 * The results of one subject in one class or of one teacher's students (ГИА по классам, по учителям), with whether
 * the group's exam marks are lowered or raised against the annual marks markedly more often than the rest of the
 * subject's results — the same test as the ВПР class markers.
 *
 * @param group the class («9А»), the teacher (staff id), or «класс не известен» / «учитель не известен»
 * @param result the group's results
 * @param loweredStandsOut the exam mark below the annual mark significantly more often than in the rest (z ≥ 2.58, at
 *     least 20 points): the annual marks may be generous
 * @param raisedStandsOut the exam mark above the annual mark significantly more often than in the rest
 * @since 0.1.0
 */
public record GiaGroupResult(String group, GiaSubjectResult result, boolean loweredStandsOut, boolean raisedStandsOut) {
  /** Validates. */
  public GiaGroupResult {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(result, "result");
  }

  /** Results with both an exam and an annual mark: the base of the lowered, confirmed and raised shares. */
  public long compared() {
    return result.lowered() + result.confirmed() + result.raised();
  }
}
