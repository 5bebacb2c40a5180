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
    return byHead(position, organization, ApprovalDetails.none(), Language.RU);
  }

  /** The block with what is known: the head's name on the signature line, the approving order's number and date. */
  public static Approval byHead(String position, String organization, ApprovalDetails details, Language language) {
    return new Approval(List.of(language.pick("УТВЕРЖДАЮ", "APPROVED"), position + " " + organization, details.signatureLine(),
        details.orderLine(language)));
  }
}
