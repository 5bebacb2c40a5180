/**
 * The service-provider interface for indicator sets: implement
 * {@link io.github.vsoko.indicators.spi.IndicatorProvider} and declare it for {@code ServiceLoader}.
 */
package io.github.vsoko.indicators.spi;
