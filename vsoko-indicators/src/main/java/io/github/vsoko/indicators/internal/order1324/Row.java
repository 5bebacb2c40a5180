package io.github.vsoko.indicators.internal.order1324;

import io.github.vsoko.indicators.Unit;

/** One row of an order № 1324 list: code, unit and verbatim title. */
record Row(String code, Unit unit, String title) {}
