/** Implementation of the built-in indicator sets; not exported. */
package io.github.vsoko.indicators.internal;
