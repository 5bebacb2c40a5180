package io.github.vsoko.indicators.internal.order1324;

import io.github.vsoko.indicators.Unit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled indicator lists (code, unit, title; tab-separated, with a header). */
final class Rows {
  private Rows() {}

  static List<Row> load(String resource) {
    try (InputStream in = Rows.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the indicator list «" + resource + "» is missing from vsoko-indicators");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Row> rows = new ArrayList<>();
      String line = reader.readLine();
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < 3) {
          throw new IllegalStateException(resource + ", line " + number + ": expected code, unit and title");
        }
        rows.add(new Row(cells[0].strip(), Unit.parse(cells[1]), cells[2].strip()));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
