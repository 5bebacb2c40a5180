/**
 * Conformance kit for indicator authors: implement
 * {@link io.github.vsoko.testkit.IndicatorSetContract} in a test class and the kit checks that the
 * set is well formed, deterministic, safe on empty data, thread-safe and additive across schools.
 *
 * <p><b>Stability: evolving.</b> Public API of vsoko 0.x: it changes only in a minor release, and every change is
 * listed in the changelog (CHANGELOG.md). Packages named {@code internal} are not API.
 */
package io.github.vsoko.testkit;
