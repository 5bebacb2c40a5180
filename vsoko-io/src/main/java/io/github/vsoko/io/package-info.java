/** Reading and writing school data: the canonical JSON format ({@link io.github.vsoko.io.CanonicalJson}). */
package io.github.vsoko.io;
