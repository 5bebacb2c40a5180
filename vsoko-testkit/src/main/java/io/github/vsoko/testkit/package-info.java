/**
 * Conformance kit (набор проверок) that indicator authors run against their indicator sets.
 */
package io.github.vsoko.testkit;
