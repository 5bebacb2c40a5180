/**
 * The policies and reference tables of the built-in order № 1324 sets (приказ Минобрнауки России от
 * 10.12.2013 № 1324): {@code order1324.general} (приложение № 2), {@code order1324.preschool}
 * (приложение № 1) and {@code order1324.additional} (приложение № 5).
 */
package io.github.vsoko.indicators.order1324;
