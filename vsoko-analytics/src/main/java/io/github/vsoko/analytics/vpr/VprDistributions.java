package io.github.vsoko.analytics.vpr;

import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.TaskScore;
import io.github.vsoko.model.school.VprResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Accumulates distributions of ВПР results at three levels — class, school, all — by summing counts:
 * ВПР marks by the work's scale, primary-score histograms and task completion. Not thread-safe: one per
 * file or thread, then {@link #merge}.
 *
 * @since 0.1.0
 */
public final class VprDistributions {
  private final VprScales scales;
  private final Map<Key, Acc> groups = new HashMap<>();

  /** A group: work, level (0 all, 1 school, 2 class), name. */
  private record Key(VprWork work, int level, String group) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = work.compareTo(o.work);
      if (c == 0) {
        c = Integer.compare(level, o.level);
      }
      return c != 0 ? c : group.compareTo(o.group);
    }
  }

  /** An empty accumulator. */
  public VprDistributions(VprScales scales) {
    this.scales = Objects.requireNonNull(scales, "scales");
  }

  private static final class Acc {
    final VprWork work;
    final String level;
    final String group;
    long participants;
    final long[] marks = new long[4];
    long[] scores = new long[32];
    final Map<String, long[]> tasks = new LinkedHashMap<>(); // points, possible (-1 unknown), notDone

    Acc(VprWork work, String level, String group) {
      this.work = work;
      this.level = level;
      this.group = group;
    }

    void add(int score, Optional<MarkValue> mark, List<TaskScore> taskScores) {
      participants++;
      if (score >= scores.length) {
        scores = Arrays.copyOf(scores, Math.max(score + 1, scores.length * 2));
      }
      scores[score]++;
      mark.filter(MarkValue::isNumeric).ifPresent(m -> marks[m.points().getAsInt() - 2]++);
      for (TaskScore t : taskScores) {
        long[] a = tasks.computeIfAbsent(t.task(), k -> new long[3]);
        a[0] += t.score().orElse(0);
        if (t.maxPoints().isPresent() && a[1] >= 0) {
          a[1] += t.maxPoints().getAsInt();
        } else {
          a[1] = -1;
        }
        if (t.score().isEmpty()) {
          a[2]++;
        }
      }
    }

    void add(Acc o) {
      participants += o.participants;
      for (int i = 0; i < 4; i++) {
        marks[i] += o.marks[i];
      }
      if (o.scores.length > scores.length) {
        scores = Arrays.copyOf(scores, o.scores.length);
      }
      for (int i = 0; i < o.scores.length; i++) {
        scores[i] += o.scores[i];
      }
      o.tasks.forEach((task, v) -> {
        long[] a = tasks.computeIfAbsent(task, k -> new long[3]);
        a[0] += v[0];
        a[1] = a[1] < 0 || v[1] < 0 ? -1 : a[1] + v[1];
        a[2] += v[2];
      });
    }
  }

  /** Adds one row. */
  public void accept(VprResult r) {
    if (r.absent() || r.primaryScore().isEmpty()) {
      return;
    }
    VprWork work = VprWork.of(r);
    int score = r.primaryScore().getAsInt();
    Optional<VprScale> scale = scales.find(work);
    if (scale.isPresent() && scale.get().max().isPresent() && score > scale.get().max().getAsInt()) {
      return;
    }
    Optional<MarkValue> mark = scale.isPresent() ? Optional.of(scale.get().mark(score)) : r.mark();
    String school = r.schoolLogin();
    acc(work, "all", "все").add(score, mark, r.tasks());
    acc(work, "school", school).add(score, mark, r.tasks());
    r.className().ifPresent(c -> acc(work, "class", school + " · " + c).add(score, mark, r.tasks()));
  }

  private Acc acc(VprWork work, String level, String group) {
    return groups.computeIfAbsent(new Key(work, level.equals("all") ? 0 : level.equals("school") ? 1 : 2, group),
        k -> new Acc(work, level, group));
  }

  /** Adds another accumulator's rows (and returns this). */
  public VprDistributions merge(VprDistributions other) {
    other.groups.forEach((k, a) -> groups.computeIfAbsent(k, x -> new Acc(a.work, a.level, a.group)).add(a));
    return this;
  }

  /** The distributions: for each work, all participants first, then schools, then classes. */
  public List<VprDistribution> result() {
    List<VprDistribution> out = new ArrayList<>();
    for (Acc a : new TreeMap<>(groups).values()) {
      int last = a.scores.length - 1;
      while (last > 0 && a.scores[last] == 0) {
        last--;
      }
      // up to the work's maximum when the scale gives it, so the histogram shows the whole range
      int max = scales.find(a.work).flatMap(s -> s.max().isPresent() ? Optional.of(s.max().getAsInt()) : Optional.empty())
          .orElse(last);
      List<Long> scores = new ArrayList<>();
      for (int i = 0; i <= Math.max(last, max); i++) {
        scores.add(i < a.scores.length ? a.scores[i] : 0L);
      }
      Map<String, Long> marks = new TreeMap<>();
      if (Arrays.stream(a.marks).sum() > 0) {
        for (int i = 0; i < 4; i++) {
          marks.put(Integer.toString(i + 2), a.marks[i]);
        }
      }
      List<VprDistribution.TaskCompletion> tasks = new ArrayList<>();
      a.tasks.forEach((task, v) -> tasks.add(new VprDistribution.TaskCompletion(task, v[0],
          v[1] < 0 ? Optional.empty() : Optional.of(v[1]), v[2])));
      out.add(new VprDistribution(a.work, a.level, a.group, a.participants, marks, scores, tasks, peaks(scores,
          scales.find(a.work))));
    }
    return out;
  }

  /**
   * Peaks at mark boundaries (min3, min4, min5 of the scale): a score whose count is at least
   * max(2, 1.5 × the mean count per score) and at least the mean + 1.
   */
  static List<Integer> peaks(List<Long> scores, Optional<VprScale> scale) {
    if (scale.isEmpty() || scores.isEmpty()) {
      return List.of();
    }
    double mean = scores.stream().mapToLong(Long::longValue).sum() / (double) scores.size();
    List<Integer> out = new ArrayList<>();
    for (int boundary : new int[] {scale.get().min3(), scale.get().min4(), scale.get().min5()}) {
      if (boundary < scores.size()) {
        long c = scores.get(boundary);
        if (c >= Math.max(2, 1.5 * mean) && c >= mean + 1) {
          out.add(boundary);
        }
      }
    }
    return out;
  }
}
