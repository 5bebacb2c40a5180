package io.github.vsoko.report.internal;

import io.github.vsoko.report.Chart;
import io.github.vsoko.report.ChartKind;
import io.github.vsoko.report.ChartSeries;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Charts as PNG images (JFreeChart, headless) for DOCX and PDF. */
final class ChartImages {
  private ChartImages() {}

  private static final java.util.Locale RUSSIAN = java.util.Locale.forLanguageTag("ru-RU");

  static byte[] png(Chart c, int width, int height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ChartSeries s : c.series()) {
      for (int i = 0; i < c.categories().size(); i++) {
        data.addValue(s.values().get(i), Charts.legend(c, s).isEmpty() ? " " : Charts.legend(c, s), c.categories().get(i));
      }
    }
    boolean legend = c.series().size() > 1;
    JFreeChart chart = c.kind() == ChartKind.BAR
        ? ChartFactory.createBarChart(null, null, c.unit(), data, PlotOrientation.VERTICAL, legend, false, false)
        : ChartFactory.createLineChart(null, null, c.unit(), data, PlotOrientation.VERTICAL, legend, false, false);
    // axis numbers in Russian («12,5»), whatever the default locale of the JVM: the same report, the same picture
    if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot
        && plot.getRangeAxis() instanceof org.jfree.chart.axis.NumberAxis axis) {
      axis.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createStandardTickUnits(RUSSIAN));
      axis.setNumberFormatOverride(java.text.NumberFormat.getNumberInstance(RUSSIAN));
    }
    chart.setBackgroundPaint(Color.WHITE);
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
