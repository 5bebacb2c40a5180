package io.github.vsoko.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.VprCounts;
import io.github.vsoko.analytics.vpr.VprSchoolResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * The fixed JSON of {@code vsoko vpr} (docs/vpr.md): {@code schools} — one entry per school and file
 * with {@code school, subject, grade, year, participants, absent, invalid, noJournalMark, lowered,
 * confirmed, raised, gapsTwoOrMore, meanPrimaryScore} (2 decimals), {@code spearman} (4 decimals or
 * {@code null}) and {@code markers}; then {@code total}. Keys in this order, numbers rounded half up,
 * so the same input gives the same bytes.
 */
public final class VprAnalysisJson {
  private VprAnalysisJson() {}

  /** The JSON text. */
  public static String write(VprAnalysisResult result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes the JSON to a stream (left open). */
  public static void write(VprAnalysisResult result, OutputStream out) throws IOException {
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeArrayFieldStart("schools");
      for (VprSchoolResult s : result.schools()) {
        g.writeStartObject();
        g.writeStringField("school", s.school());
        g.writeStringField("subject", s.work().subject().name());
        g.writeNumberField("grade", s.work().grade().value());
        g.writeNumberField("year", s.work().year());
        counts(g, s.counts());
        if (s.spearman().isPresent()) {
          g.writeNumberField("spearman", round(s.spearman().getAsDouble(), 4));
        } else {
          g.writeNullField("spearman");
        }
        g.writeArrayFieldStart("markers");
        for (String m : s.markers()) {
          g.writeString(m);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("total");
      counts(g, result.total());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void counts(JsonGenerator g, VprCounts c) throws IOException {
    g.writeNumberField("participants", c.participants());
    g.writeNumberField("absent", c.absent());
    g.writeNumberField("invalid", c.invalid());
    g.writeNumberField("noJournalMark", c.noJournalMark());
    g.writeNumberField("lowered", c.lowered());
    g.writeNumberField("confirmed", c.confirmed());
    g.writeNumberField("raised", c.raised());
    g.writeNumberField("gapsTwoOrMore", c.gapsTwoOrMore());
    g.writeNumberField("meanPrimaryScore", round(c.meanPrimaryScore().orElse(0), 2));
  }

  private static BigDecimal round(double v, int scale) {
    return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
  }
}
