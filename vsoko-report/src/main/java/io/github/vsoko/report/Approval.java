package io.github.vsoko.report;

import java.util.List;

/**
 * The approval block (гриф «УТВЕРЖДАЮ») printed top right of the title page.
 *
 * @param lines the lines under «УТВЕРЖДАЮ»: position, organization, signature line, date line
 * @since 0.1.0
 */
public record Approval(List<String> lines) {
  /** Copies. */
  public Approval {
    lines = List.copyOf(lines);
  }

  /** The usual block: «УТВЕРЖДАЮ / Директор … / ____________ / «___» ____________ 20__ г.». */
  public static Approval byHead(String position, String organization) {
    return new Approval(List.of("УТВЕРЖДАЮ", position + " " + organization, "____________ /____________/",
        "«___» ____________ 20___ г."));
  }
}
