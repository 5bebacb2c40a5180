package io.github.vsoko.report;

/** A block of a report: a heading, a paragraph, a table or a chart. */
public sealed interface Block permits Heading, Paragraph, Table, Chart {}
