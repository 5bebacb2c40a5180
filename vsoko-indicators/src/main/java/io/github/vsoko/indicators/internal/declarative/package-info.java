/** The loader of declarative (YAML/JSON) indicator sets; not exported. */
package io.github.vsoko.indicators.internal.declarative;
