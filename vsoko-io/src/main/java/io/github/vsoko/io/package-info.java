/**
 * Importers and exporters (импорт и экспорт данных): canonical JSON/YAML, Excel/CSV school tables, ФИС ОКО ВПР exports.
 */
package io.github.vsoko.io;
