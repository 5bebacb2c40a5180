package io.github.vsoko.analytics.vpr;

import io.github.vsoko.analytics.internal.Proportions;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.VprResult;
import io.github.vsoko.model.school.MarkComparison;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Accumulates ВПР rows into the comparison with journal marks (сравнение отметок с отметками по
 * журналу) per school, work and file, keeping per row only what the analysis needs (journal mark and
 * primary score for the rank correlation). Not thread-safe: use one per file or thread and
 * {@link #merge} them; aggregation sums counts, so merging equals analysing the union.
 *
 * <p>Rules (docs/vpr.md): a participant is a non-absent row with a primary score; the ВПР mark
 * comes from the work's scale (else the file's own mark); participants without a journal mark are
 * counted apart, never as 0; r_s uses average ranks and is undefined below two pairs or without
 * variance. Official markers (2019 methodology): r_s &lt; 0, and a mean whose 95 % interval lies above
 * the interval of all schools analysed for the work (t = 1.96), and a sharp rise or fall of a school's
 * cohort from grade 4 to grade 5 a year later ({@link CohortChange}, on the entries of grade 5 when
 * both years are analysed and the scales give the maximum). Practical heuristics, if enabled, are
 * labelled «неофициальный признак».
 *
 * <p>Rows that name their class are also tallied per class ({@link VprClassResult}): the official markers are
 * measured against all participants of the work, and a class whose lowered or raised share is significantly above
 * that of the school's other classes in the work gets {@link ObjectivityMarker#CLASS_LOWERED} or
 * {@link ObjectivityMarker#CLASS_RAISED} (non-official, always computed).
 *
 * @since 0.1.0
 */
public final class VprAnalysis {
  private static final double T = 1.96;

  private final VprScales scales;
  private final boolean heuristics;
  private final Map<Key, Tally> tallies = new TreeMap<>();
  private final Map<ClassKey, Tally> classTallies = new TreeMap<>();
  private Key lastKey;
  private Tally lastTally;
  private ClassKey lastClassKey;
  private Tally lastClassTally;

  /**
   * An empty analysis.
   *
   * @param scales the scales of the works
   * @param heuristics whether to add the practical (non-official) warning signs of docs/vpr.md
   */
  public VprAnalysis(VprScales scales, boolean heuristics) {
    this.scales = Objects.requireNonNull(scales, "scales");
    this.heuristics = heuristics;
  }

  private record Key(VprWork work, String school, String file) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = work.compareTo(o.work);
      if (c == 0) {
        c = school.compareTo(o.school);
      }
      return c != 0 ? c : file.compareTo(o.file);
    }
  }

  private record ClassKey(VprWork work, String school, ClassName className) implements Comparable<ClassKey> {
    @Override
    public int compareTo(ClassKey o) {
      int c = work.compareTo(o.work);
      if (c == 0) {
        c = school.compareTo(o.school);
      }
      return c != 0 ? c : className.compareTo(o.className);
    }
  }

  /** Mutable counts of one key. */
  private static final class Tally {
    long participants;
    long absent;
    long invalid;
    long noJournal;
    long noMark;
    long lowered;
    long confirmed;
    long raised;
    long gaps;
    long sum;
    long squares;
    long overMax;
    final long[] marks = new long[4];
    int[] journal = new int[16];
    int[] scores = new int[16];
    int pairs;

    void pair(int j, int s) {
      if (pairs == journal.length) {
        journal = Arrays.copyOf(journal, pairs * 2);
        scores = Arrays.copyOf(scores, pairs * 2);
      }
      journal[pairs] = j;
      scores[pairs] = s;
      pairs++;
    }

    void add(Tally o) {
      participants += o.participants;
      absent += o.absent;
      invalid += o.invalid;
      noJournal += o.noJournal;
      noMark += o.noMark;
      lowered += o.lowered;
      confirmed += o.confirmed;
      raised += o.raised;
      gaps += o.gaps;
      sum += o.sum;
      squares += o.squares;
      overMax += o.overMax;
      for (int i = 0; i < marks.length; i++) {
        marks[i] += o.marks[i];
      }
      for (int i = 0; i < o.pairs; i++) {
        pair(o.journal[i], o.scores[i]);
      }
    }

    VprCounts counts() {
      return new VprCounts(participants, absent, invalid, noJournal, noMark, lowered, confirmed, raised, gaps, sum, squares,
          overMax);
    }

    VprMarkCounts markCounts() {
      return new VprMarkCounts(marks[0], marks[1], marks[2], marks[3]);
    }

    OptionalDouble spearman() {
      return RankCorrelation.spearman(Arrays.copyOf(journal, pairs), Arrays.copyOf(scores, pairs));
    }
  }

  /** Adds one row read from a file (and, when the row names its class, to that class's entry too). */
  public void accept(String file, VprResult r) {
    // rows come school by school and class by class: the last keys are tried before the sorted maps
    Key key = lastKey;
    if (key == null || !key.school().equals(r.schoolLogin()) || !key.file().equals(file) || !key.work().isWorkOf(r)) {
      VprWork work = key != null && key.work().isWorkOf(r) ? key.work() : VprWork.of(r);
      key = new Key(work, r.schoolLogin(), file);
      lastKey = key;
      lastTally = tallies.computeIfAbsent(key, k -> new Tally());
    }
    VprWork work = key.work();
    tally(lastTally, work, r);
    if (r.className().isPresent()) {
      ClassKey classKey = lastClassKey;
      if (classKey == null || classKey.work() != work || !classKey.school().equals(r.schoolLogin())
          || !classKey.className().equals(r.className().get())) {
        classKey = new ClassKey(work, r.schoolLogin(), r.className().get());
        lastClassKey = classKey;
        lastClassTally = classTallies.computeIfAbsent(classKey, k -> new Tally());
      }
      tally(lastClassTally, work, r);
    }
  }

  private void tally(Tally t, VprWork work, VprResult r) {
    if (r.absent()) {
      t.absent++;
      return;
    }
    if (r.primaryScore().isEmpty()) {
      t.invalid++;
      return;
    }
    int score = r.primaryScore().getAsInt();
    Optional<MarkValue> mark;
    Optional<VprScale> scale = scales.find(work);
    if (scale.isPresent()) {
      if (scale.get().max().isPresent() && score > scale.get().max().getAsInt()) {
        t.invalid++;
        t.overMax++;
        return;
      }
      mark = Optional.of(scale.get().mark(score));
    } else {
      mark = r.mark().filter(MarkValue::isNumeric);
    }
    t.participants++;
    mark.ifPresent(m -> t.marks[m.points().getAsInt() - 2]++);
    t.sum += score;
    t.squares += (long) score * score;
    Optional<MarkValue> journal = r.journalMark().filter(MarkValue::isNumeric);
    if (journal.isEmpty()) {
      t.noJournal++;
      return;
    }
    int j = journal.get().points().getAsInt();
    t.pair(j, score);
    if (mark.isEmpty()) {
      t.noMark++;
      return;
    }
    int v = mark.get().points().getAsInt();
    switch (MarkComparison.of(mark.get(), journal)) {
      case LOWERED -> t.lowered++;
      case CONFIRMED -> t.confirmed++;
      case RAISED -> t.raised++;
      case NO_SCHOOL_MARK -> { } // not reached: a journal mark without points was filtered out above
    }
    if (Math.abs(v - j) >= 2) {
      t.gaps++;
    }
  }

  /** Adds another analysis's rows to this one (and returns this). */
  public VprAnalysis merge(VprAnalysis other) {
    other.tallies.forEach((k, t) -> tallies.computeIfAbsent(k, x -> new Tally()).add(t));
    other.classTallies.forEach((k, t) -> classTallies.computeIfAbsent(k, x -> new Tally()).add(t));
    return this;
  }

  /** The comparison per school and file, markers included, and the total. */
  public VprAnalysisResult result() {
    Map<VprWork, Tally> byWork = byWork();
    List<VprSchoolResult> out = new ArrayList<>();
    VprCounts total = VprCounts.ZERO;
    for (Map.Entry<Key, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      VprCounts c = t.counts();
      total = total.plus(c);
      OptionalDouble rs = t.spearman();
      out.add(new VprSchoolResult(e.getKey().file(), e.getKey().school(), e.getKey().work(), c, t.markCounts(), rs,
          markers(c, rs, byWork.get(e.getKey().work()).counts())));
    }
    List<VprClassResult> classes = classes(byWork);
    VprAnalysisResult preliminary = new VprAnalysisResult(out, classes, total);
    Map<SchoolWork, List<ObjectivityMarker>> cohort = new java.util.HashMap<>();
    for (CohortChange.Change c : CohortChange.analyse(preliminary, scales, 4)) {
      c.marker().ifPresent(m -> cohort.computeIfAbsent(new SchoolWork(c.school(), c.to()), k -> new ArrayList<>()).add(m));
    }
    if (cohort.isEmpty()) {
      return preliminary;
    }
    List<VprSchoolResult> marked = new ArrayList<>();
    for (VprSchoolResult s : out) {
      List<ObjectivityMarker> extra = cohort.getOrDefault(new SchoolWork(s.school(), s.work()), List.of());
      List<ObjectivityMarker> markers = new ArrayList<>(s.markers());
      markers.addAll(extra);
      marked.add(new VprSchoolResult(s.file(), s.school(), s.work(), s.counts(), s.marks(), s.spearman(), markers));
    }
    return new VprAnalysisResult(marked, classes, total);
  }

  /**
   * The comparison by teacher: each class's rows counted for the teachers who taught the work's subject in it (a class
   * without a known teacher is left out), with the same markers as a class. Rows without a class cannot be attributed
   * and are not counted here.
   *
   * @param teachers who taught what, from the teaching assignments
   */
  public List<VprTeacherResult> byTeacher(VprTeacherResult.Teachers teachers) {
    Objects.requireNonNull(teachers, "teachers");
    Map<VprWork, Tally> byWork = byWork();
    Map<SchoolWork, VprCounts> schoolTotals = schoolTotals();
    record TeacherKey(VprWork work, String school, String teacher) {}
    Map<TeacherKey, Tally> tallyByTeacher = new java.util.LinkedHashMap<>();
    Map<TeacherKey, List<ClassName>> classesByTeacher = new java.util.HashMap<>();
    classTallies.forEach((k, t) -> {
      for (String teacher : teachers.of(k.work(), k.className())) {
        TeacherKey key = new TeacherKey(k.work(), k.school(), teacher);
        tallyByTeacher.computeIfAbsent(key, x -> new Tally()).add(t);
        classesByTeacher.computeIfAbsent(key, x -> new ArrayList<>()).add(k.className());
      }
    });
    List<VprTeacherResult> out = new ArrayList<>();
    tallyByTeacher.forEach((k, t) -> out.add(new VprTeacherResult(k.school(), k.work(), k.teacher(), classesByTeacher.get(k),
        t.counts(), t.markCounts(), t.spearman(), groupMarkers(t, byWork.get(k.work()),
            schoolTotals.get(new SchoolWork(k.school(), k.work()))))));
    out.sort(java.util.Comparator.comparing(VprTeacherResult::work).thenComparing(VprTeacherResult::school)
        .thenComparing(VprTeacherResult::teacher));
    return out;
  }

  /**
   * The class entries with their markers: the official ones against all participants of the work, and the comparison
   * of each class's lowered and raised shares with the other classes of the same school in the work.
   */
  private List<VprClassResult> classes(Map<VprWork, Tally> byWork) {
    Map<SchoolWork, VprCounts> schoolTotals = schoolTotals();
    List<VprClassResult> out = new ArrayList<>();
    classTallies.forEach((k, t) -> out.add(new VprClassResult(k.school(), k.work(), k.className(), t.counts(), t.markCounts(),
        t.spearman(), groupMarkers(t, byWork.get(k.work()), schoolTotals.get(new SchoolWork(k.school(), k.work()))))));
    return out;
  }

  /** All participants of each work, over every school and file (what the official markers compare with). */
  private Map<VprWork, Tally> byWork() {
    Map<VprWork, Tally> byWork = new TreeMap<>();
    tallies.forEach((k, t) -> {
      Tally w = byWork.computeIfAbsent(k.work(), x -> new Tally());
      w.participants += t.participants;
      w.sum += t.sum;
      w.squares += t.squares;
    });
    return byWork;
  }

  /** Each school's classes in each work, summed (what a group of classes is compared with). */
  private Map<SchoolWork, VprCounts> schoolTotals() {
    Map<SchoolWork, VprCounts> totals = new java.util.HashMap<>();
    classTallies.forEach((k, t) -> totals.merge(new SchoolWork(k.school(), k.work()), t.counts(), VprCounts::plus));
    return totals;
  }

  /**
   * The markers of a group of classes (one class, or a teacher's classes): the official ones against all participants
   * of the work, and whether its lowered or raised share stands out from the rest of the school's classes in the work.
   */
  private List<ObjectivityMarker> groupMarkers(Tally group, Tally work, VprCounts school) {
    VprCounts c = group.counts();
    List<ObjectivityMarker> m = markers(c, group.spearman(), work.counts());
    if (standsOut(c.lowered(), c.compared(), school.lowered() - c.lowered(), school.compared() - c.compared())) {
      m.add(ObjectivityMarker.CLASS_LOWERED);
    }
    if (standsOut(c.raised(), c.compared(), school.raised() - c.raised(), school.compared() - c.compared())) {
      m.add(ObjectivityMarker.CLASS_RAISED);
    }
    return m;
  }

  /** See {@link Proportions#standsOut}. */
  static boolean standsOut(long part, long n, long restPart, long restN) {
    return Proportions.standsOut(part, n, restPart, restN);
  }

  /** A school in a work: the key the cohort markers are joined on. */
  private record SchoolWork(String school, VprWork work) {}

  private List<ObjectivityMarker> markers(VprCounts school, OptionalDouble rs, VprCounts all) {
    List<ObjectivityMarker> m = new ArrayList<>();
    if (inflated(school, all)) {
      m.add(ObjectivityMarker.INFLATED_MEAN);
    }
    if (rs.isPresent() && rs.getAsDouble() < 0) {
      m.add(ObjectivityMarker.NEGATIVE_CORRELATION);
    }
    if (heuristics && school.compared() > 0) {
      double lowered = 100.0 * school.lowered() / school.compared();
      double raised = 100.0 * school.raised() / school.compared();
      if (lowered >= 40 || raised >= 40) {
        m.add(ObjectivityMarker.HIGH_RISK);
      } else if (lowered >= 20 || raised >= 20) {
        m.add(ObjectivityMarker.MEDIUM_RISK);
      }
    }
    return m;
  }

  /** The school's 95 % interval of the mean lies wholly above the interval of all schools. */
  static boolean inflated(VprCounts school, VprCounts all) {
    OptionalDouble s = school.scoreDeviation();
    OptionalDouble sAll = all.scoreDeviation();
    if (s.isEmpty() || sAll.isEmpty() || school.participants() == all.participants()) {
      return false;
    }
    double lower = school.meanPrimaryScore().getAsDouble() - T * s.getAsDouble() / Math.sqrt(school.participants());
    double upper = all.meanPrimaryScore().getAsDouble() + T * sAll.getAsDouble() / Math.sqrt(all.participants());
    return lower > upper;
  }
}
