/**
 * Record-level, pseudonymous school data (данные организации): students, staff, attestation marks,
 * state exams, certificates, olympiads, ВПР results, infrastructure and graduates' destinations, with
 * the value types for grades, classes, subjects and marks. Start at
 * {@link io.github.vsoko.model.school.SchoolData}.
 */
package io.github.vsoko.model.school;
