package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The same reports give the same bytes in every format when rendered again later, in another time zone and another
 * default locale (XLSX and DOCX entries carry a fixed date, not the time of writing).
 */
class TimeZoneDeterminismTest {
  private static final ReportRenderers RENDERERS = ReportRenderers.discover();

  private static Map<String, byte[]> renderAll(List<Report> reports) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Report report : reports) {
      for (String format : RENDERERS.formats()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RENDERERS.get(format).render(report, bytes);
        out.put(report.kind() + "." + format, bytes.toByteArray());
      }
    }
    return out;
  }

  @Test
  void everyFormatIsByteIdenticalAcrossTimeZonesLocalesAndTime() throws Exception {
    List<Report> reports = List.of(Reports.selfAssessment(), Reports.plan(), Reports.vpr());
    Map<String, byte[]> first = renderAll(reports);
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      Thread.sleep(2100); // a zip entry stamped with the time of writing would now differ
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Apia"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      Map<String, byte[]> second = renderAll(reports);
      assertThat(second.keySet()).isEqualTo(first.keySet());
      for (String file : first.keySet()) {
        assertThat(second.get(file)).as(file).isEqualTo(first.get(file));
      }
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }
}
