package io.github.vsoko.report.internal;

import io.github.vsoko.report.Chart;
import io.github.vsoko.report.ChartKind;
import io.github.vsoko.report.ChartSeries;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Bar and line charts as inline SVG built element by element with jsoup (texts escaped), with a
 * title and a description for screen readers; deterministic, so HTML golden files stay stable.
 */
final class SvgCharts {
  private SvgCharts() {}

  private static final String[] COLORS = {"#2f6db5", "#d9822b", "#3a9d5d", "#b53a3a", "#7a52a8"};
  private static final int WIDTH = 640;
  private static final int HEIGHT = 320;
  private static final int LEFT = 50;
  private static final int RIGHT = 20;
  private static final int TOP = 20;
  private static final int BOTTOM = 60;

  static void append(Element parent, Chart c) {
    Element svg = parent.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT).attr("width", Integer.toString(WIDTH))
        .attr("height", Integer.toString(HEIGHT)).attr("role", "img").attr("aria-label", c.title());
    svg.appendElement("title").text(c.title());
    StringBuilder desc = new StringBuilder();
    for (ChartSeries s : c.series()) {
      desc.append(s.name()).append(": ");
      for (int i = 0; i < c.categories().size(); i++) {
        desc.append(i == 0 ? "" : "; ").append(c.categories().get(i)).append(" — ").append(Charts.number(s.values().get(i)))
            .append(c.unit().isEmpty() ? "" : " " + c.unit());
      }
      desc.append(". ");
    }
    svg.appendElement("desc").text(desc.toString().strip());
    double max = Charts.niceMax(c.series().stream().flatMap(s -> s.values().stream()).mapToDouble(BigDecimal::doubleValue)
        .max().orElse(0));
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    for (int i = 0; i <= 4; i++) {
      double y = TOP + plotH - plotH * i / 4.0;
      svg.appendElement("line").attr("x1", f(LEFT)).attr("x2", f(LEFT + plotW)).attr("y1", f(y)).attr("y2", f(y))
          .attr("stroke", i == 0 ? "#333" : "#ddd");
      svg.appendElement("text").attr("x", f(LEFT - 6)).attr("y", f(y + 4)).attr("text-anchor", "end").attr("font-size", "11")
          .text(Charts.number(BigDecimal.valueOf(max * i / 4)));
    }
    int n = c.categories().size();
    double band = (double) plotW / n;
    List<ChartSeries> series = c.series();
    for (int k = 0; k < series.size(); k++) {
      String color = COLORS[k % COLORS.length];
      List<BigDecimal> values = series.get(k).values();
      if (c.kind() == ChartKind.BAR) {
        double barW = band * 0.8 / series.size();
        for (int i = 0; i < n; i++) {
          double h = plotH * values.get(i).doubleValue() / max;
          double x = LEFT + band * i + band * 0.1 + barW * k;
          svg.appendElement("rect").attr("x", f(x)).attr("y", f(TOP + plotH - h)).attr("width", f(barW)).attr("height", f(h))
              .attr("fill", color).appendElement("title").text(series.get(k).name() + ", " + c.categories().get(i) + ": "
                  + Charts.number(values.get(i)));
        }
      } else {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
          double x = LEFT + band * i + band / 2;
          double y = TOP + plotH - plotH * values.get(i).doubleValue() / max;
          points.append(i == 0 ? "" : " ").append(f(x)).append(',').append(f(y));
          svg.appendElement("circle").attr("cx", f(x)).attr("cy", f(y)).attr("r", "3").attr("fill", color);
        }
        svg.appendElement("polyline").attr("points", points.toString()).attr("fill", "none").attr("stroke", color)
            .attr("stroke-width", "2");
      }
      if (series.size() > 1 || !series.get(k).name().isEmpty()) {
        double lx = LEFT + 150.0 * k;
        svg.appendElement("rect").attr("x", f(lx)).attr("y", f(HEIGHT - 18)).attr("width", "10").attr("height", "10")
            .attr("fill", color);
        svg.appendElement("text").attr("x", f(lx + 14)).attr("y", f(HEIGHT - 9)).attr("font-size", "11")
            .text(Charts.legend(c, series.get(k)));
      }
    }
    for (int i = 0; i < n; i++) {
      svg.appendElement("text").attr("x", f(LEFT + band * i + band / 2)).attr("y", f(TOP + plotH + 16))
          .attr("text-anchor", "middle").attr("font-size", "11").text(c.categories().get(i));
    }
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
