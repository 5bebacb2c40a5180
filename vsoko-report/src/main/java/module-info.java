/**
 * Report model and renderers (отчёты): self-assessment report, plan of functioning and cyclogram, road map.
 *
 * <p>This module's API arrives with its issue; until then it exports nothing.
 */
module io.github.vsoko.report {
  requires transitive io.github.vsoko.indicators;
  requires org.slf4j;
}
