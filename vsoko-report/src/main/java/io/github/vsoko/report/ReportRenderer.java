package io.github.vsoko.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A format renderer (the SPI): writes a {@link Report} as one file. Implementations are discovered
 * with {@link java.util.ServiceLoader} ({@code provides io.github.vsoko.report.ReportRenderer with …});
 * a vendor adds a format by shipping one. Renderers must escape all text for their format, keep
 * spreadsheet cells from being read as formulas, and write identical bytes for identical reports.
 *
 * @since 0.1.0
 */
public interface ReportRenderer {
  /** The format name used on the command line («html», «docx»). */
  String format();

  /** The file extension without the dot. */
  default String extension() {
    return format();
  }

  /** Writes the report; the stream is left open. */
  void render(Report report, OutputStream out) throws IOException;
}
