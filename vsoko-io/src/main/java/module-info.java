/**
 * Importers and exporters (импорт и экспорт данных): the canonical JSON/YAML formats, school tables from Excel/CSV,
 * ФИС ОКО ВПР exports, plan and road-map tables, and ВСОКО documents (regulations as text, DOCX or HTML).
 */
module io.github.vsoko.io {
  requires transitive io.github.vsoko.analytics;
  requires org.slf4j;
  requires java.xml;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.dhatim.fastexcel.reader;
  requires org.dhatim.fastexcel;
  requires de.siegmar.fastcsv;
  requires com.github.albfernandez.juniversalchardet;
  requires org.jsoup;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;

  exports io.github.vsoko.io;

  opens io.github.vsoko.io to com.fasterxml.jackson.databind;
}
