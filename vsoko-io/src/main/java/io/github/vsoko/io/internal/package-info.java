/** Jackson mapping of the model; not exported. */
package io.github.vsoko.io.internal;
