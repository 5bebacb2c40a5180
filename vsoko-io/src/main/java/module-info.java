/**
 * Importers and exporters (импорт и экспорт данных): canonical JSON/YAML, Excel/CSV school tables, ФИС ОКО ВПР exports.
 *
 * <p>This module's API arrives with its issue; until then it exports nothing.
 */
module io.github.vsoko.io {
  requires transitive io.github.vsoko.indicators;
  requires org.slf4j;
}
