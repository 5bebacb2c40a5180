package io.github.vsoko.model.school;

/**
 * Whether a graduate received the certificate (аттестат).
 *
 * @since 0.1.0
 */
public enum CertificateStatus {
  /** Аттестат выдан. */
  ISSUED,
  /** Аттестат с отличием. */
  ISSUED_WITH_HONOURS,
  /** Аттестат не выдан (справка об обучении). */
  NOT_ISSUED;

  /** Whether a certificate was issued at all. */
  public boolean issued() {
    return this != NOT_ISSUED;
  }

  /** Whether it is with honours. */
  public boolean withHonours() {
    return this == ISSUED_WITH_HONOURS;
  }
}
