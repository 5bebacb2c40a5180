/**
 * The ВСОКО domain model (предметная модель ВСОКО): organizations and their hierarchy, academic
 * years, reporting periods and schedules, the ВСОКО framework (quality areas, objects, criteria,
 * responsible parties, procedures), plans of functioning and road maps, the management cycle
 * (findings, decisions, addressed recommendations), the model check and record-level school data.
 *
 * <p>Pure domain: no I/O, no logging, immutable value types.
 */
module io.github.vsoko.model {
  requires com.google.common;

  exports io.github.vsoko.model.organization;
  exports io.github.vsoko.model.time;
  exports io.github.vsoko.model.schedule;
  exports io.github.vsoko.model.framework;
  exports io.github.vsoko.model.plan;
  exports io.github.vsoko.model.management;
  exports io.github.vsoko.model.check;
  exports io.github.vsoko.model.school;
  exports io.github.vsoko.model.problem;
}
