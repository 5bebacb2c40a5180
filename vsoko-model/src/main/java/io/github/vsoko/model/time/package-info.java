/** Academic years (учебный год) and reporting periods (отчётный период). */
package io.github.vsoko.model.time;
