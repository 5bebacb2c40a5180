package io.github.vsoko.analytics.vpr;

import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Scales by work: (year, subject, grade) → {@link VprScale}. {@link #bundled()} holds the scales whose
 * source is in the project's reference notes; callers add any other (from CSV/YAML, or one scale for
 * all works with {@code --scale}).
 *
 * @since 0.1.0
 */
public final class VprScales {
  private final Map<VprWork, VprScale> byWork;
  private final Optional<VprScale> forAll;

  private VprScales(Map<VprWork, VprScale> byWork, Optional<VprScale> forAll) {
    this.byWork = byWork;
    this.forAll = forAll;
  }

  /** No scales. */
  public static VprScales none() {
    return new VprScales(new TreeMap<>(), Optional.empty());
  }

  /**
   * The bundled scales: ВПР 2026, русский язык, 4 класс — «3» from 10, «4» from 16, «5» from 21,
   * maximum 24 (ФИОКО demo version of ВПР 2026; see docs/vpr.md).
   */
  public static VprScales bundled() {
    return none().with(new VprWork(SchoolSubject.RUSSIAN, Grade.of(4), 2026), new VprScale(10, 16, 21, OptionalInt.of(24)));
  }

  /** One scale for every work (what {@code --scale MIN3,MIN4,MIN5} gives). */
  public static VprScales forAll(VprScale scale) {
    return new VprScales(new TreeMap<>(), Optional.of(scale));
  }

  /** A copy with the scale of a work added or replaced. */
  public VprScales with(VprWork work, VprScale scale) {
    Map<VprWork, VprScale> copy = new TreeMap<>(byWork);
    copy.put(work, scale);
    return new VprScales(copy, forAll);
  }

  /** The scale of a work: its own, else the one for all works, if any. */
  public Optional<VprScale> find(VprWork work) {
    return Optional.ofNullable(byWork.get(work)).or(() -> forAll);
  }
}
