/**
 * Conformance kit for indicator authors: implement
 * {@link io.github.vsoko.testkit.IndicatorSetContract} in a test class and the kit checks that the
 * set is well formed, deterministic, safe on empty data, thread-safe and additive across schools.
 */
package io.github.vsoko.testkit;
