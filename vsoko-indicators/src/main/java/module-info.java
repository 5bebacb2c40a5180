/**
 * Indicator SDK (показатели), registry and built-in indicator sets such as those of order № 1324.
 *
 * <p>This module's API arrives with its issue; until then it exports nothing.
 */
module io.github.vsoko.indicators {
  requires transitive io.github.vsoko.model;
  requires org.slf4j;
}
