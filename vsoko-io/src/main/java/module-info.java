/**
 * Importers and exporters (импорт и экспорт данных): the canonical JSON format of school data;
 * Excel/CSV school tables and ФИС ОКО ВПР exports come next.
 */
module io.github.vsoko.io {
  requires transitive io.github.vsoko.indicators;
  requires org.slf4j;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.dhatim.fastexcel.reader;
  requires org.dhatim.fastexcel;
  requires de.siegmar.fastcsv;
  requires com.github.albfernandez.juniversalchardet;

  exports io.github.vsoko.io;

  opens io.github.vsoko.io to com.fasterxml.jackson.databind;
}
