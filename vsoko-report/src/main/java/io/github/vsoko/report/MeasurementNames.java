package io.github.vsoko.report;

import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.framework.RegisteredIndicator;
import java.util.Map;

/** The names of the management cycle's measurements in words («vpr.lowered» → «ВПР: понизили отметку, %»). */
final class MeasurementNames {
  private static final Map<String, String[]> NAMES = Map.of(
      "vpr.lowered", new String[] {"ВПР: понизили отметку по журналу, %", "ВПР: lowered the journal mark, %"},
      "vpr.confirmed", new String[] {"ВПР: подтвердили отметку по журналу, %", "ВПР: confirmed the journal mark, %"},
      "vpr.raised", new String[] {"ВПР: повысили отметку по журналу, %", "ВПР: raised the journal mark, %"},
      "vpr.gaps", new String[] {"ВПР: расхождение на 2 балла и более, %", "ВПР: gaps of 2 or more, %"},
      "vpr.spearman", new String[] {"ВПР: r_s отметок по журналу и баллов", "ВПР: r_s of journal marks and scores"},
      "attestation.progress", new String[] {"Успеваемость, %", "Progress, %"},
      "attestation.quality", new String[] {"Качество знаний, %", "Quality, %"},
      "attestation.sou", new String[] {"СОУ, %", "СОУ, %"},
      "attestation.mean", new String[] {"Средний балл", "Mean mark"});

  private MeasurementNames() {}

  /** The words for a control indicator: a registered indicator by its code («order1324.general/1.5» as is), a measurement by name. */
  static String of(IndicatorReference indicator, Language l) {
    String name = indicator instanceof RegisteredIndicator r ? r.id() : indicator.display();
    String[] words = NAMES.get(name);
    return words == null ? name : l.pick(words[0], words[1]);
  }
}
