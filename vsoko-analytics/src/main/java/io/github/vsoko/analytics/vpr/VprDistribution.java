package io.github.vsoko.analytics.vpr;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Distributions of one group's participants in one work: ВПР marks, primary scores and task
 * completion.
 *
 * @param work the work
 * @param level «class», «school» or «all» (the comparison levels; municipality and region are «all»
 *     over the files given)
 * @param group the group: «school · class», the school login, or «все»
 * @param participants participants (non-absent rows with a score)
 * @param marks participants by ВПР mark («2»…«5»); empty without a scale
 * @param scores participants by primary score (index = score), from 0 to the work's maximum when the scale gives it, else
 *     to the highest score written
 * @param tasks completion per task, in task order
 * @param peaks scores at mark boundaries where the histogram peaks (practical rule, docs/vpr.md)
 * @since 0.1.0
 */
public record VprDistribution(VprWork work, String level, String group, long participants, Map<String, Long> marks,
    List<Long> scores, List<TaskCompletion> tasks, List<Integer> peaks) {
  /** Validates and copies. */
  public VprDistribution {
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(group, "group");
    marks = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(marks)); // sorted: output order is stable
    scores = List.copyOf(scores);
    tasks = List.copyOf(tasks);
    peaks = List.copyOf(peaks);
  }

  /**
   * Completion of one task: points scored over points possible by the participants who have the task.
   *
   * @param task the task («11.1»)
   * @param points points scored
   * @param possible points possible (max points × participants), if the max is known
   * @param notDone participants with «X»/«-» (not done)
   */
  public record TaskCompletion(String task, long points, Optional<Long> possible, long notDone) {
    /** The percentage of possible points, if known. */
    public Optional<Double> percent() {
      return possible.filter(p -> p > 0).map(p -> 100.0 * points / p);
    }

    /** The judgement for a level, if the percentage is known. */
    public Optional<String> judge(TaskLevel level) {
      return judge(level, TaskThresholds.defaults());
    }

    /** The judgement for a level under given thresholds, if the percentage is known. */
    public Optional<String> judge(TaskLevel level, TaskThresholds thresholds) {
      return percent().map(p -> thresholds.judge(level, p));
    }
  }

  /** The sample-size note of docs/vpr.md: informative from 50, approximate from 20, limited below. */
  public String sampleNote() {
    return participants >= 50 ? "выборка информативна" : participants >= 20 ? "выборка приблизительна" : "выборка ограничена";
  }
}
