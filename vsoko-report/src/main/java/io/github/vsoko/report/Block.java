package io.github.vsoko.report;

/**
 * A block of a report: a heading, a paragraph, a table, a chart or a list.
 *
 * @since 0.1.0
 */
public sealed interface Block permits Heading, Paragraph, Table, Chart, ListBlock {}
