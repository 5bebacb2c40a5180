/** Organizations (образовательные организации) and the region → municipality → organization hierarchy. */
package io.github.vsoko.model.organization;
