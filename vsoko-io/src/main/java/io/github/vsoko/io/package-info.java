/**
 * Reading and writing school data: the canonical JSON format ({@link io.github.vsoko.io.CanonicalJson}).
 *
 * <p><b>Stability: evolving.</b> Public API of vsoko 0.x: it changes only in a minor release, and every change is
 * listed in the changelog (CHANGELOG.md). Packages named {@code internal} are not API.
 */
package io.github.vsoko.io;
