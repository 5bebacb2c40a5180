/**
 * Report model and renderers (отчёты): self-assessment report, plan of functioning and cyclogram, road map.
 *
 * <p><b>Stability: evolving.</b> Public API of vsoko 0.x: it changes only in a minor release, and every change is
 * listed in the changelog (CHANGELOG.md). Packages named {@code internal} are not API.
 */
package io.github.vsoko.report;
