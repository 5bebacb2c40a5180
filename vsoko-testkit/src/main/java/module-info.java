/**
 * Conformance kit (набор проверок) that indicator authors run against their indicator sets.
 *
 * <p>This module's API arrives with its issue; until then it exports nothing.
 */
module io.github.vsoko.testkit {
  requires transitive io.github.vsoko.indicators;
}
