package io.github.vsoko.report;

import io.github.vsoko.indicators.RussianFormat;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the approval block and the council line of a published report say (реквизиты утверждения): the head's name,
 * the approving order, the pedagogical council's protocol. What is not given is printed as a blank line to fill in.
 *
 * @param headName the head's name as signed («М. Б. Светлова»)
 * @param orderNumber the number of the approving order («45»)
 * @param orderDate the order's date
 * @param councilProtocol the number of the pedagogical council's protocol («10»)
 * @param councilDate the council's date
 * @since 0.1.0
 */
public record ApprovalDetails(Optional<String> headName, Optional<String> orderNumber, Optional<LocalDate> orderDate,
    Optional<String> councilProtocol, Optional<LocalDate> councilDate) {
  /** Validates. */
  public ApprovalDetails {
    Objects.requireNonNull(headName, "head name");
    Objects.requireNonNull(orderNumber, "order number");
    Objects.requireNonNull(orderDate, "order date");
    Objects.requireNonNull(councilProtocol, "council protocol");
    Objects.requireNonNull(councilDate, "council date");
  }

  /** Nothing known: every line a blank to fill in. */
  public static ApprovalDetails none() {
    return new ApprovalDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A copy signed by a head given by full name («Светлова Мария Борисовна» signs as «М. Б. Светлова»). */
  public ApprovalDetails withHead(String fullName) {
    return new ApprovalDetails(Optional.of(signature(fullName)), orderNumber, orderDate, councilProtocol, councilDate);
  }

  /** «Светлова Мария Борисовна» → «М. Б. Светлова» (surname, name, patronymic → initials and surname); other forms as given. */
  public static String signature(String fullName) {
    String[] p = fullName.strip().split("\\s+");
    if (p.length == 3 && !p[1].endsWith(".")) {
      return p[1].charAt(0) + ". " + p[2].charAt(0) + ". " + p[0];
    }
    return fullName.strip();
  }

  /** «____________ /М. Б. Светлова/» or a blank. */
  String signatureLine() {
    return "____________ /" + headName.orElse("____________") + "/";
  }

  /** «Приказ от 31.03.2025 № 45», or the blank date line. */
  String orderLine(Language l) {
    if (orderNumber.isEmpty() && orderDate.isEmpty()) {
      return "«___» ____________ 20___ г.";
    }
    return l.pick("Приказ", "Order") + " " + l.pick("от ", "of ") + orderDate.map(RussianFormat::date).orElse("«___» ________ 20___ г.")
        + " № " + orderNumber.orElse("____");
  }

  /** «Рассмотрено на педагогическом совете, протокол № 10 от 31.03.2025», blanks where unknown. */
  String councilLine(Language l) {
    return l.pick("Рассмотрено на педагогическом совете, протокол № ", "Considered by the pedagogical council, protocol No. ")
        + councilProtocol.orElse("____") + l.pick(" от ", " of ") + councilDate.map(RussianFormat::date).orElse("«___» ________ 20___ г.");
  }
}
