/**
 * The application layer (прикладной слой): one workflow per use case — {@link io.github.vsoko.app.SelfAssessmentWorkflow},
 * {@link io.github.vsoko.app.EvaluationWorkflow}, {@link io.github.vsoko.app.PlanWorkflow}, {@link io.github.vsoko.app.VprStudy},
 * {@link io.github.vsoko.app.AttestationWorkflow}, {@link io.github.vsoko.app.GiaWorkflow},
 * {@link io.github.vsoko.app.LiteracyWorkflow}, {@link io.github.vsoko.app.ManagementCycleWorkflow},
 * {@link io.github.vsoko.app.MunicipalComparisonWorkflow}, {@link io.github.vsoko.app.EffectivenessSheetWorkflow},
 * {@link io.github.vsoko.app.RegulationAuditWorkflow}, {@link io.github.vsoko.app.DemoWorkflow} — each taking a typed
 * request with an explicit date and returning a typed outcome with its report; {@link io.github.vsoko.app.ReportFiles}
 * is the one output path.
 *
 * <p><b>Stability: experimental.</b> New in 0.1: names and shapes may still change in any 0.x release; the
 * changelog says what changed.
 */
package io.github.vsoko.app;
