/** Calculators of the order № 1324 sets; not exported. */
package io.github.vsoko.indicators.internal.order1324;
