/** Implementation details of the model; not exported. */
package io.github.vsoko.model.internal;
