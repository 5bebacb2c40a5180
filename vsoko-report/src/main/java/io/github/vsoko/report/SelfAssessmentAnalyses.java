package io.github.vsoko.report;

import io.github.vsoko.analytics.attestation.AttestationGroup;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.analytics.gia.GiaSubjectResult;
import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.model.framework.Participant;
import io.github.vsoko.model.management.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the analytical part of a self-assessment is written from beyond the indicators (аналитическая часть отчёта):
 * attestation by level and by class, ГИА by subject, ВПР by work and class, the problems the management-cycle rules
 * find, and the previous year's indicators for the column «предыдущий год». The application layer computes them
 * ({@code SelfAssessmentWorkflow}); each is empty when the data hold nothing for it, and the report then says so.
 *
 * @param attestationPeriod the attestation period the tables are for («2023/2024 учебный год»), if any
 * @param attestationByLevel annual attestation counts by level of education
 * @param attestationByClass the same by class
 * @param attestationOptions how СОУ and the mean mark were computed
 * @param gia ГИА results by exam, form, subject and level of the reporting year
 * @param vpr the ВПР analysis of the school's works of the reporting year, if any was written
 * @param findings the problems found by the management-cycle rules (conclusions)
 * @param previousYear the same indicator set evaluated on the previous year's data, if given
 * @param participants the bodies and officials of the ВСОКО with their functions (участники ВСОКО), from its model
 * @param attestationByYear the whole school's annual attestation of each of the last academic years (up to three, the
 *     reporting one last) that have annual marks, keyed «2022/2023»: the dynamics table
 * @param previousYearFromHistory whether {@code previousYear} was computed from this document's own class history and
 *     marks (no separate document of the previous year was given); the report says so
 * @since 0.1.0
 */
public record SelfAssessmentAnalyses(Optional<String> attestationPeriod, List<AttestationGroup> attestationByLevel,
    List<AttestationGroup> attestationByClass, AttestationOptions attestationOptions, List<GiaSubjectResult> gia,
    Optional<VprAnalysisResult> vpr, List<Finding> findings, Optional<EvaluationResult> previousYear,
    List<Participant> participants, List<AttestationGroup> attestationByYear,
    boolean previousYearFromHistory) {
  /** Validates and copies. */
  public SelfAssessmentAnalyses {
    Objects.requireNonNull(attestationPeriod, "attestation period");
    attestationByLevel = List.copyOf(attestationByLevel);
    attestationByClass = List.copyOf(attestationByClass);
    Objects.requireNonNull(attestationOptions, "attestation options");
    gia = List.copyOf(gia);
    Objects.requireNonNull(vpr, "vpr");
    findings = List.copyOf(findings);
    Objects.requireNonNull(previousYear, "previous year");
    participants = List.copyOf(participants);
    attestationByYear = List.copyOf(attestationByYear);
  }

  /** Nothing beyond the indicators. */
  public static SelfAssessmentAnalyses none() {
    return new SelfAssessmentAnalyses(Optional.empty(), List.of(), List.of(), AttestationOptions.defaults(), List.of(),
        Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), false);
  }
}
