package io.github.vsoko.report.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.vsoko.report.Block;
import io.github.vsoko.report.Cell;
import io.github.vsoko.report.Chart;
import io.github.vsoko.report.ChartSeries;
import io.github.vsoko.report.Heading;
import io.github.vsoko.report.Link;
import io.github.vsoko.report.ListBlock;
import io.github.vsoko.report.ListItem;
import io.github.vsoko.report.ReportData;
import io.github.vsoko.report.Paragraph;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportRenderer;
import io.github.vsoko.report.Row;
import io.github.vsoko.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

/**
 * The report as JSON (Jackson's streaming writer): title, date, and every block in order, tables with
 * their cells' text and exact numbers; a report that carries {@link ReportData} is written as that data
 * (its own fixed schema). Keys in a fixed order, so output is byte-for-byte stable.
 */
public final class JsonRenderer implements ReportRenderer {
  private final JsonFactory factory = JsonFactory.builder().build();

  @Override
  public String format() {
    return "json";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pretty);
      if (report.data().isPresent()) {
        data(g, report.data().get());
        g.close();
        out.write('\n');
        return;
      }
      g.writeStartObject();
      g.writeStringField("format", "vsoko-report/1");
      g.writeStringField("kind", report.kind());
      g.writeStringField("title", report.title());
      if (report.subtitle().isPresent()) {
        g.writeStringField("subtitle", report.subtitle().get());
      }
      if (report.approval().isPresent()) {
        g.writeArrayFieldStart("approval");
        for (String line : report.approval().get().lines()) {
          g.writeString(line);
        }
        g.writeEndArray();
      }
      g.writeStringField("date", report.date().toString());
      g.writeStringField("language", report.language().name().toLowerCase(java.util.Locale.ROOT));
      g.writeArrayFieldStart("blocks");
      for (Block b : report.blocks()) {
        block(g, b);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void block(JsonGenerator g, Block b) throws IOException {
    g.writeStartObject();
    if (b instanceof Heading h) {
      g.writeStringField("type", "heading");
      g.writeNumberField("level", h.level());
      g.writeStringField("text", h.text());
    } else if (b instanceof Paragraph p) {
      g.writeStringField("type", "paragraph");
      g.writeStringField("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("text", p.text());
    } else if (b instanceof Table t) {
      g.writeStringField("type", "table");
      g.writeStringField("id", t.id());
      g.writeStringField("caption", t.caption());
      g.writeArrayFieldStart("header");
      for (Row r : t.header()) {
        row(g, r);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rows");
      for (Row r : t.rows()) {
        row(g, r);
      }
      g.writeEndArray();
    } else if (b instanceof ListBlock l) {
      g.writeStringField("type", "list");
      g.writeArrayFieldStart("items");
      for (ListItem item : l.items()) {
        g.writeStartObject();
        g.writeStringField("text", item.text());
        if (item.emphasis()) {
          g.writeBooleanField("emphasis", true);
        }
        if (!item.links().isEmpty()) {
          g.writeArrayFieldStart("links");
          for (Link link : item.links()) {
            g.writeStartObject();
            g.writeStringField("label", link.label());
            g.writeStringField("target", link.target());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (b instanceof Chart c) {
      g.writeStringField("type", "chart");
      g.writeStringField("id", c.id());
      g.writeStringField("title", c.title());
      g.writeStringField("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("unit", c.unit());
      g.writeArrayFieldStart("categories");
      for (String cat : c.categories()) {
        g.writeString(cat);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("series");
      for (ChartSeries s : c.series()) {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeArrayFieldStart("values");
        for (BigDecimal v : s.values()) {
          g.writeNumber(v);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void data(JsonGenerator g, ReportData d) throws IOException {
    if (d instanceof ReportData.Obj o) {
      g.writeStartObject();
      for (var e : o.fields().entrySet()) {
        g.writeFieldName(e.getKey());
        data(g, e.getValue());
      }
      g.writeEndObject();
    } else if (d instanceof ReportData.Arr a) {
      g.writeStartArray();
      for (ReportData item : a.items()) {
        data(g, item);
      }
      g.writeEndArray();
    } else if (d instanceof ReportData.Text t) {
      g.writeString(t.value());
    } else if (d instanceof ReportData.Num n) {
      g.writeNumber(n.value());
    } else if (d instanceof ReportData.Bool b) {
      g.writeBoolean(b.value());
    } else {
      g.writeNull();
    }
  }

  private static void row(JsonGenerator g, Row r) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
    if (r.indent() > 0) {
      g.writeNumberField("indent", r.indent());
    }
    g.writeArrayFieldStart("cells");
    for (Cell c : r.cells()) {
      g.writeStartObject();
      g.writeStringField("text", c.text());
      if (c.number().isPresent()) {
        g.writeNumberField("number", c.number().get());
        g.writeStringField("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
      }
      if (c.count().isPresent()) {
        g.writeNumberField("count", c.count().get());
      }
      if (c.colspan() > 1) {
        g.writeNumberField("colspan", c.colspan());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
