package io.github.vsoko.analytics.vpr;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The levels of a work's tasks (уровни сложности заданий по описанию КИМ ВПР) as data: (work, task) → basic or
 * advanced. The ФИС ОКО exports of participant results do not carry them, so they come with the scales table or from
 * the caller. A task the table does not name is judged as basic, and {@link #isKnown} tells whether it was named. The
 * thresholds of the judgement come with the table ({@link TaskThresholds#defaults()} unless set). A task catalogue
 * (каталог заданий) may add what each task checks (проверяемое умение), shown beside the task in the report.
 *
 * @since 0.1.0
 */
public final class VprTaskLevels {
  private final Map<Key, TaskLevel> table;

  /** A task of a work. */
  private record Key(VprWork work, String task) {}
  private final TaskThresholds thresholds;
  private final Map<Key, String> skills;

  private VprTaskLevels(Map<Key, TaskLevel> table, TaskThresholds thresholds) {
    this(table, thresholds, Map.of());
  }

  private VprTaskLevels(Map<Key, TaskLevel> table, TaskThresholds thresholds, Map<Key, String> skills) {
    this.table = table;
    this.thresholds = thresholds;
    this.skills = skills;
  }

  /** A copy saying what a task checks (the skill or requirement of the КИМ description). */
  public VprTaskLevels withSkill(VprWork work, String task, String skill) {
    Objects.requireNonNull(work, "work");
    if (task == null || task.isBlank() || skill == null || skill.isBlank()) {
      throw new IllegalArgumentException("a task's skill needs the task label and the text");
    }
    Map<Key, String> copy = new java.util.HashMap<>(skills);
    copy.put(key(work, task), skill.strip());
    return new VprTaskLevels(table, thresholds, copy);
  }

  /** What a task checks, if the catalogue says. */
  public Optional<String> skill(VprWork work, String task) {
    return Optional.ofNullable(skills.get(key(work, task)));
  }

  /** Whether the catalogue says what any task of the work checks. */
  public boolean hasSkills(VprWork work) {
    return skills.keySet().stream().anyMatch(k -> k.work().equals(work));
  }

  private static Key key(VprWork work, String task) {
    return new Key(work, task.strip());
  }

  /** No levels known: every task is judged as basic. */
  public static VprTaskLevels none() {
    return new VprTaskLevels(new java.util.HashMap<>(), TaskThresholds.defaults());
  }

  /** A copy with the level of one task. */
  public VprTaskLevels with(VprWork work, String task, TaskLevel level) {
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(level, "level");
    if (task == null || task.isBlank()) {
      throw new IllegalArgumentException("a task level needs the task label («1», «11.1»)");
    }
    Map<Key, TaskLevel> copy = new java.util.HashMap<>(table);
    copy.put(key(work, task), level);
    return new VprTaskLevels(copy, thresholds, skills);
  }

  /** A copy judging tasks by other thresholds. */
  public VprTaskLevels withThresholds(TaskThresholds value) {
    return new VprTaskLevels(table, java.util.Objects.requireNonNull(value, "thresholds"), skills);
  }

  /** The thresholds tasks are judged by. */
  public TaskThresholds thresholds() {
    return thresholds;
  }

  /** The level of a task, if the table names it. */
  public Optional<TaskLevel> find(VprWork work, String task) {
    return Optional.ofNullable(table.get(key(work, task)));
  }

  /** The level of a task: as named, else basic. */
  public TaskLevel level(VprWork work, String task) {
    return find(work, task).orElse(TaskLevel.BASIC);
  }

  /**
   * These levels completed by another table's: a work this table knows keeps its own levels; a work only the other
   * knows takes the other's. The thresholds stay this table's.
   */
  public VprTaskLevels orElse(VprTaskLevels other) {
    Map<Key, TaskLevel> copy = new java.util.HashMap<>(table);
    other.table.forEach((k, v) -> {
      if (!isKnown(k.work())) {
        copy.putIfAbsent(k, v);
      }
    });
    Map<Key, String> skillCopy = new java.util.HashMap<>(skills);
    other.skills.forEach((k, v) -> {
      if (!hasSkills(k.work())) {
        skillCopy.putIfAbsent(k, v);
      }
    });
    return new VprTaskLevels(copy, thresholds, skillCopy);
  }

  /** Whether the table names any task of the work. */
  public boolean isKnown(VprWork work) {
    return table.keySet().stream().anyMatch(k -> k.work().equals(work));
  }
}
