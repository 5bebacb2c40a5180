/** Implementation details of the analytics: not exported. */
package io.github.vsoko.analytics.internal;
