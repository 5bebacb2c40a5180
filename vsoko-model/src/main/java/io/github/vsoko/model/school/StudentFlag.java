package io.github.vsoko.model.school;

/**
 * Facts about a student that order № 1324 counts.
 *
 * @since 0.1.0
 */
public enum StudentFlag {
  /** Углублённое изучение отдельных учебных предметов (1.20). */
  ADVANCED_STUDY,
  /** Профильное обучение (1.21). */
  PROFILE_EDUCATION,
  /** Обучение с применением ДОТ, электронного обучения (1.22). */
  DISTANCE_LEARNING,
  /** Сетевая форма реализации образовательных программ (1.23). */
  NETWORK_FORM,
  /** Обучающийся с ОВЗ. */
  SPECIAL_NEEDS,
  /** Обучение по адаптированной программе для обучающихся с умственной отсталостью. */
  ADAPTED_PROGRAM_INTELLECTUAL,
  /** Возможность пользоваться широкополосным Интернетом не менее 2 Мб/с (2.5). */
  BROADBAND_ACCESS,
  /**
   * Слабоуспевающий или неуспевающий обучающийся: in the school's list of students at risk of academic failure
   * (план работы со слабоуспевающими и неуспевающими учащимися).
   */
  UNDERACHIEVING,
  /** Для обучающегося разработан индивидуальный образовательный маршрут (ИОМ). */
  INDIVIDUAL_ROUTE,
  /** Посещает дополнительные занятия с целью ликвидации отставания по учебной программе. */
  REMEDIAL_CLASSES,
  /**
   * Обеспечен учебниками по каждому учебному предмету обязательной части ООП (ст. 35 273-ФЗ; the school's
   * library records).
   */
  TEXTBOOKS_PROVIDED
}
