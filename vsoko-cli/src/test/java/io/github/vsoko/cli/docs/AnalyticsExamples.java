package io.github.vsoko.cli.docs;

import io.github.vsoko.analytics.audit.AuditComponents;
import io.github.vsoko.analytics.audit.AuditResult;
import io.github.vsoko.analytics.audit.ComponentFinding;
import io.github.vsoko.analytics.audit.RegulationAudit;
import io.github.vsoko.analytics.audit.RegulationText;
import io.github.vsoko.analytics.effectiveness.EffectivenessSheet;
import io.github.vsoko.analytics.effectiveness.SheetAnswers;
import io.github.vsoko.analytics.effectiveness.SheetEvaluation;
import io.github.vsoko.analytics.effectiveness.SheetInputs;
import io.github.vsoko.analytics.effectiveness.SheetResult;
import io.github.vsoko.analytics.gia.ExamScales;
import io.github.vsoko.analytics.gia.GiaAnalysis;
import io.github.vsoko.analytics.gia.GiaMinimums;
import io.github.vsoko.analytics.gia.GiaSubjectResult;
import io.github.vsoko.analytics.gia.MinimumPurpose;
import io.github.vsoko.io.RegulationDocuments;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The Java examples of docs/effectiveness.md, docs/audit.md and docs/gia.md, compiled and run by {@code AnalyticsDocsTest}. */
public final class AnalyticsExamples {
  private AnalyticsExamples() {}

  /** docs/effectiveness.md. */
  public static String sheet(SchoolData schoolData, VsokoModel vsokoModel, List<Recommendation> recs, Reader reader) {
    // example: sheet
    EffectivenessSheet sheet = EffectivenessSheet.builtIn();
    SheetInputs in = SheetInputs.of(schoolData, AcademicYear.starting(2024)).withModel(vsokoModel).withRecommendations(recs);
    SheetResult r = SheetEvaluation.evaluate(sheet, in, SheetAnswers.load("answers.yaml", reader));
    String summary = r.total() + " из " + r.max() + ", уровень «" + r.level().name() + "»";   // the demo school: «32 из 36, уровень «высокий»»
    // end example
    return summary;
  }

  /** docs/audit.md. */
  public static String audit(Path regulation, VsokoPlan plan) {
    // example: audit
    RegulationText text = RegulationDocuments.read(regulation);            // vsoko-io: .txt, .docx, .html
    AuditResult r = RegulationAudit.audit(AuditComponents.builtIn(), "МБОУ СОШ № 29", text, Optional.of(plan));
    List<ComponentFinding> gaps = r.gaps();                               // components not fully present
    String literacy = r.component("literacy").message();  // «Показатели и процедуры оценки функциональной грамотности» — нет
    // end example
    return gaps.size() + " " + literacy;
  }

  /** docs/gia.md. */
  public static List<GiaSubjectResult> gia(SchoolData data) {
    // example: gia
    List<GiaSubjectResult> r = GiaAnalysis.analyse(data, 2024, GiaMinimums.bundled(), MinimumPurpose.CERTIFICATE, ExamScales.bundled());
    // end example
    return r;
  }
}
