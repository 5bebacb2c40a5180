/**
 * Record-level, pseudonymous school data (данные организации): students, staff, attestation marks,
 * state exams, certificates, olympiads, ВПР results, infrastructure and graduates' destinations, with
 * the value types for grades, classes, subjects and marks. Start at
 * {@link io.github.vsoko.model.school.SchoolData}.
 *
 * <p><b>Stability: evolving.</b> Public API of vsoko 0.x: it changes only in a minor release, and every change is
 * listed in the changelog (CHANGELOG.md). Packages named {@code internal} are not API.
 */
package io.github.vsoko.model.school;
