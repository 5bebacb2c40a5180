/**
 * Report model and renderers (отчёты): self-assessment report, plan of functioning and cyclogram, road map.
 */
package io.github.vsoko.report;
