/**
 * Conformance kit (набор проверок) that vendors run against their indicator sets, indicator providers and report
 * renderers: jqwik contracts of {@code default} check methods, generators of realistic random school data and
 * sample reports.
 */
module io.github.vsoko.testkit {
  requires transitive io.github.vsoko.indicators;
  requires transitive io.github.vsoko.report;
  requires transitive net.jqwik.api;
  requires org.assertj.core;

  exports io.github.vsoko.testkit;
}
