package io.github.vsoko.indicators;

/**
 * A subsection of the analytical part of the self-assessment report (разделы аналитической части отчёта о
 * самообследовании, приказ № 462, п. 6) that a set's indicator rows belong to. A set declares which of its rows go
 * where ({@link IndicatorSet.Builder#section}); the report builder asks the set, so no report hard-codes a set's codes.
 *
 * @since 0.1.0
 */
public enum SelfAssessmentSection {
  /** Контингент обучающихся (section 1, educational activity). */
  CONTINGENT(1, "Контингент обучающихся", "Students"),
  /** Результаты промежуточной аттестации (section 3, quality of training). */
  ATTESTATION(3, "Результаты промежуточной аттестации", "Intermediate attestation"),
  /** Результаты государственной итоговой аттестации (section 3). */
  GIA(3, "Результаты государственной итоговой аттестации", "State final attestation"),
  /** Олимпиады, конкурсы, массовые мероприятия (section 3). */
  OLYMPIADS(3, "Олимпиады, конкурсы и массовые мероприятия", "Olympiads, contests and events"),
  /** Формы обучения (section 4, organization of the educational process). */
  FORMS(4, "Формы обучения", "Forms of education"),
  /** Педагогические работники (section 6, staffing). */
  STAFF(6, "Педагогические работники", "Teaching staff"),
  /** Учебная и учебно-методическая литература (section 7). */
  TEXTBOOKS(7, "Учебная и учебно-методическая литература", "Textbooks"),
  /** Библиотечно-информационное обеспечение (section 8). */
  LIBRARY(8, "Библиотечно-информационное обеспечение", "Library and information"),
  /** Материально-техническая база (section 9). */
  FACILITIES(9, "Материально-техническая база", "Facilities");

  private final int part;
  private final String russianTitle;
  private final String englishTitle;

  SelfAssessmentSection(int part, String russianTitle, String englishTitle) {
    this.part = part;
    this.russianTitle = russianTitle;
    this.englishTitle = englishTitle;
  }

  /** The number of the section of order № 462, п. 6 (1 — образовательная деятельность … 10 — ВСОКО) it sits in. */
  public int part() {
    return part;
  }

  /** The caption in Russian. */
  public String russianTitle() {
    return russianTitle;
  }

  /** The caption in English. */
  public String englishTitle() {
    return englishTitle;
  }
}
