package io.github.vsoko.analytics.effectiveness;

/**
 * A criterion of the sheet that vsoko scores from the ВСОКО model, the school data and the recommendations, on the
 * scale 0/1/2 (docs/effectiveness.md gives the rule of each).
 *
 * @since 0.1.0
 */
public enum AutoCheck {
  /** Положение о ВСОКО есть и обновлено (утверждено не раньше 01.09.2022 — обновлённые ФГОС, the Guryevsk road map). */
  REGULATION_CURRENT,
  /** План функционирования ВСОКО на учебный год. */
  PLAN_FOR_YEAR,
  /** Циклограмма: у строк плана есть сроки. */
  CYCLOGRAM,
  /** Дорожная карта с мероприятиями. */
  ROAD_MAP,
  /** Отчёт о самообследовании опубликован до 20 апреля. */
  SELF_ASSESSMENT_PUBLISHED,
  /** Все три направления ВСОКО охвачены планом. */
  THREE_AREAS,
  /** Проверка модели ВСОКО (the criteria of a ВСОКО model) пройдена. */
  MODEL_CHECK,
  /** Функциональная грамотность включена в план (процедуры и показатели). */
  FUNCTIONAL_LITERACY,
  /** Сопоставление внутренней и внешней оценки: строка плана и результаты ВПР с отметками по журналу. */
  INTERNAL_EXTERNAL_COMPARISON,
  /** Адресные рекомендации с ответственными и сроками. */
  RECOMMENDATIONS,
  /** Контроль исполнения рекомендаций: статус и контрольный показатель. */
  FOLLOW_UP,
  /** Раздел ВСОКО на сайте: документы ВСОКО опубликованы с адресом. */
  SITE_SECTION
}
