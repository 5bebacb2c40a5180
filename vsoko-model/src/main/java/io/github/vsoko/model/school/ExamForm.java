package io.github.vsoko.model.school;

/**
 * Forms of state exam.
 *
 * @since 0.1.0
 */
public enum ExamForm {
  /** ОГЭ — основной государственный экзамен (ГИА-9). */
  OGE("ОГЭ", StateExam.GIA_9),
  /** ГВЭ — государственный выпускной экзамен (ГИА-9 or ГИА-11). */
  GVE("ГВЭ", null),
  /** ЕГЭ — единый государственный экзамен (ГИА-11). */
  EGE("ЕГЭ", StateExam.GIA_11);

  private final String label;
  private final StateExam only;

  ExamForm(String label, StateExam only) {
    this.label = label;
    this.only = only;
  }

  /** «ОГЭ». */
  public String label() {
    return label;
  }

  /** Whether the form exists in the given attestation. */
  public boolean belongsTo(StateExam exam) {
    return only == null || only == exam;
  }
}
