/**
 * Analytics (анализ результатов): ВПР against journal marks and the objectivity markers, intermediate
 * attestation, ГИА, functional literacy, dynamics, the management cycle (findings → addressed
 * recommendations), the effectiveness sheet of a ВСОКО and the audit of its regulations.
 */
module io.github.vsoko.analytics {
  requires transitive io.github.vsoko.indicators;
  requires org.yaml.snakeyaml;

  exports io.github.vsoko.analytics.vpr;
  exports io.github.vsoko.analytics.attestation;
  exports io.github.vsoko.analytics.gia;
  exports io.github.vsoko.analytics.literacy;
  exports io.github.vsoko.analytics.survey;
  exports io.github.vsoko.analytics.dynamics;
  exports io.github.vsoko.analytics.management;
  exports io.github.vsoko.analytics.effectiveness;
  exports io.github.vsoko.analytics.audit;
}
