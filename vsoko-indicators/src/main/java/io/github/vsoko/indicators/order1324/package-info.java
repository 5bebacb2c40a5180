/**
 * The policies and reference tables of the built-in order № 1324 sets (приказ Минобрнауки России от
 * 10.12.2013 № 1324): {@code order1324.general} (приложение № 2), {@code order1324.preschool}
 * (приложение № 1) and {@code order1324.additional} (приложение № 5).
 *
 * <p><b>Stability: evolving.</b> Public API of vsoko 0.x: it changes only in a minor release, and every change is
 * listed in the changelog (CHANGELOG.md). Packages named {@code internal} are not API.
 */
package io.github.vsoko.indicators.order1324;
