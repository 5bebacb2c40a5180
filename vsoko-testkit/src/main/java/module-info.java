/**
 * Conformance kit (набор проверок) that indicator authors run against their indicator sets: a jqwik
 * contract of {@code @Property default} methods, and generators of realistic random school data.
 */
module io.github.vsoko.testkit {
  requires transitive io.github.vsoko.indicators;
  requires transitive net.jqwik.api;
  requires org.assertj.core;

  exports io.github.vsoko.testkit;
}
