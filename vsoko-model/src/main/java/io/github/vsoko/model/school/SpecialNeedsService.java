package io.github.vsoko.model.school;

/**
 * Services a preschool child with ОВЗ receives (1.5.1–1.5.3 of appendix 1).
 *
 * @since 0.1.0
 */
public enum SpecialNeedsService {
  /** По коррекции недостатков в физическом и (или) психическом развитии. */
  CORRECTION,
  /** По освоению образовательной программы дошкольного образования. */
  PROGRAMME,
  /** По присмотру и уходу. */
  CARE
}
