package io.github.vsoko.indicators.internal.order1324;

import io.github.vsoko.indicators.CalculationContext;
import io.github.vsoko.indicators.order1324.GiaStage;
import io.github.vsoko.indicators.order1324.GraduateBase;
import io.github.vsoko.indicators.order1324.Order1324Policies;
import io.github.vsoko.model.school.Certificate;
import io.github.vsoko.model.school.CertificateStatus;
import io.github.vsoko.model.school.EducationLevel;
import io.github.vsoko.model.school.ExamPeriod;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StateExam;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/** State-exam selections: results of the reporting year within the stage policy, graduates, bases. */
final class Gia {
  private Gia() {}

  /** Results of one attestation and subject in the reporting year, within the stage policy. */
  static List<ExamResult> results(CalculationContext ctx, StateExam exam, SchoolSubject subject) {
    GiaStage stage = ctx.policy(Order1324Policies.GIA_STAGE);
    int year = Support.reportingYear(ctx);
    return ctx.data().exams().stream()
        .filter(r -> r.exam() == exam && r.year() == year && r.subject().equals(subject))
        .filter(r -> stage == GiaStage.FINAL || r.period() == ExamPeriod.EARLY || r.period() == ExamPeriod.MAIN)
        .toList();
  }

  /**
   * Each student's standing value among results that have one, by student id in order: by the retake policy, the
   * value of the latest period (a later attempt replaces an earlier one, also when worse; two results of one period
   * give the better) or the best value.
   */
  static TreeMap<String, Integer> standing(CalculationContext ctx, List<ExamResult> results, Predicate<ExamResult> has,
      ToIntFunction<ExamResult> value) {
    boolean latest = ctx.policy(Order1324Policies.GIA_RETAKE_READING) == io.github.vsoko.indicators.order1324.RetakeReading.LATEST;
    TreeMap<String, Integer> standing = new TreeMap<>();
    java.util.Map<String, ExamPeriod> periods = new java.util.HashMap<>();
    for (ExamResult r : results) {
      if (!has.test(r)) {
        continue;
      }
      int v = value.applyAsInt(r);
      ExamPeriod before = periods.get(r.studentId());
      if (before == null || !latest) {
        standing.merge(r.studentId(), v, Math::max);
        periods.merge(r.studentId(), r.period(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      } else if (r.period().compareTo(before) > 0) {
        standing.put(r.studentId(), v);
        periods.put(r.studentId(), r.period());
      } else if (r.period() == before) {
        standing.merge(r.studentId(), v, Math::max);
      }
    }
    return standing;
  }

  /** Certificates of the reporting year at a level. */
  static List<Certificate> certificates(CalculationContext ctx, EducationLevel level) {
    int year = Support.reportingYear(ctx);
    return ctx.data().certificates().stream().filter(c -> c.level() == level && c.year() == year).toList();
  }

  /** Graduates (from certificate records) of the reporting year at a level. */
  static Set<String> graduates(CalculationContext ctx, EducationLevel level) {
    return Support.idSet(certificates(ctx, level), Certificate::studentId);
  }

  /** Graduates with a certificate status. */
  static List<String> withStatus(CalculationContext ctx, EducationLevel level, CertificateStatus status) {
    return Support.ids(certificates(ctx, level).stream().filter(c -> c.status() == status).toList(), Certificate::studentId);
  }

  /** The base of 1.10–1.13: graduates, or students who sat this attestation, by policy. */
  static Set<String> base(CalculationContext ctx, StateExam exam) {
    GraduateBase base = ctx.policy(Order1324Policies.GRADUATE_BASE);
    EducationLevel level = exam == StateExam.GIA_9 ? EducationLevel.BASIC : EducationLevel.SECONDARY;
    if (base == GraduateBase.GRADUATES) {
      return graduates(ctx, level);
    }
    int year = Support.reportingYear(ctx);
    return ctx.data().exams().stream().filter(r -> r.exam() == exam && r.year() == year)
        .map(ExamResult::studentId).collect(Collectors.toUnmodifiableSet());
  }

  /** «выпускников 9 класса» / «выпускников 11 класса» / «участников ГИА-9». */
  static String baseNoun(CalculationContext ctx, StateExam exam) {
    GraduateBase base = ctx.policy(Order1324Policies.GRADUATE_BASE);
    return base == GraduateBase.GRADUATES
        ? "выпускников " + exam.grade().value() + " класса"
        : "участников " + exam.label();
  }
}
