/**
 * Located problems (проблемы входных данных): one type for everything vsoko finds wrong in what it reads — a cell of a
 * school table, a line of a YAML set, a field of a JSON document, a provider jar — with its severity, its location
 * and what was expected, in Russian.
 *
 * <p><b>Stability: evolving.</b> Public API of vsoko 0.x: it changes only in a minor release, and every change is
 * listed in the changelog (CHANGELOG.md). Packages named {@code internal} are not API.
 */
package io.github.vsoko.model.problem;
