package io.github.vsoko.model.school;

/**
 * Facts about a learner of additional education that order № 1324, appendix 5, counts.
 *
 * @since 0.1.0
 */
public enum LearnerFlag {
  /** Обучение с применением ДОТ, электронного обучения (1.4). */
  DISTANCE_LEARNING,
  /** Программы для детей с выдающимися способностями (1.5). */
  OUTSTANDING_ABILITIES,
  /** Учащийся с ОВЗ (1.6.1). */
  SPECIAL_NEEDS,
  /** Ребёнок-сирота, оставшийся без попечения родителей (1.6.2). */
  ORPHAN,
  /** Ребёнок-мигрант (1.6.3). */
  MIGRANT,
  /** Ребёнок, попавший в трудную жизненную ситуацию (1.6.4). */
  HARDSHIP,
  /** Учебно-исследовательская, проектная деятельность (1.7). */
  RESEARCH_OR_PROJECT,
  /** Broadband access of at least 2 Mb/s (2.7). */
  BROADBAND_ACCESS
}
