package io.github.vsoko.indicators;

import java.util.function.Predicate;

/** One field filter of a selection. */
record Condition<T>(Field<T> field, Predicate<Object> test) {}
