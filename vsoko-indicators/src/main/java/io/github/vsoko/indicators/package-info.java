/**
 * Indicator SDK (показатели), registry and built-in indicator sets such as those of order № 1324.
 */
package io.github.vsoko.indicators;
