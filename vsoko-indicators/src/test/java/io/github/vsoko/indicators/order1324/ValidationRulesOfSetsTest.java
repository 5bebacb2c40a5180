package io.github.vsoko.indicators.order1324;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.Count;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.IndicatorValue;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.indicators.ValidationRule;
import io.github.vsoko.indicators.ValidationWarning;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every consistency rule of the order № 1324 sets fires on values that break it and stays silent on values that keep it
 * (issue 20: removing a rule, or all of them, used to pass every test). Each case names the rule it breaks.
 */
class ValidationRulesOfSetsTest {
  private static List<ValidationWarning> check(IndicatorSet set, Map<String, IndicatorValue> values) {
    return set.rules().stream().map((ValidationRule r) -> r.check(values)).flatMap(List::stream).toList();
  }

  private static TreeSet<String> rules(IndicatorSet set, Map<String, IndicatorValue> values) {
    TreeSet<String> ids = new TreeSet<>();
    check(set, values).forEach(w -> ids.add(w.rule()));
    return ids;
  }

  private static Map<String, IndicatorValue> counts(Object... codeAndCount) {
    Map<String, IndicatorValue> m = new HashMap<>();
    for (int i = 0; i < codeAndCount.length; i += 2) {
      m.put((String) codeAndCount[i], new Count(((Number) codeAndCount[i + 1]).longValue()));
    }
    return m;
  }

  /** No warning on the values that keep every rule; on the broken ones, exactly the rules named. */
  private static void firesExactly(IndicatorSet set, Map<String, IndicatorValue> kept, Map<String, IndicatorValue> broken,
      String... expected) {
    assertThat(check(set, kept)).as("values that keep every rule of " + set.id()).isEmpty();
    assertThat(rules(set, broken)).as("rules of " + set.id() + " broken").containsExactly(expected);
  }

  @Test
  void theGeneralSetsRulesEachFire() {
    IndicatorSet set = IndicatorRegistry.discover().requireSet("order1324.general");
    // kept: 10 = 3 + 3 + 4; 1.29 = 1.29.1 + 1.29.2; 1.19 ≥ its parts and ≤ 1.18; 1.26 ≤ 1.25, 1.28 ≤ 1.27, 1.25 + 1.27 ≤ 1.24
    Map<String, IndicatorValue> kept = counts("1.1", 10, "1.2", 3, "1.3", 3, "1.4", 4, "1.29", 5, "1.29.1", 2, "1.29.2", 3,
        "1.18", 8, "1.19", 6, "1.19.1", 3, "1.19.2", 2, "1.19.3", 1, "1.24", 9, "1.25", 4, "1.26", 4, "1.27", 5, "1.28", 2);
    Map<String, IndicatorValue> broken = counts("1.1", 10, "1.2", 3, "1.3", 3, "1.4", 3, "1.29", 5, "1.29.1", 2, "1.29.2", 2,
        "1.18", 5, "1.19", 6, "1.19.1", 3, "1.19.2", 2, "1.19.3", 2, "1.24", 8, "1.25", 4, "1.26", 5, "1.27", 5, "1.28", 6);
    broken.put("1.5", new Share(11, 10));
    firesExactly(set, kept, broken, "at-least-sum:1.19", "at-most:1.19:1.18", "at-most:1.26:1.25",
        "at-most:1.28:1.27", "share-over-100:1.5", "sum-at-most:1.24", "sum:1.1", "sum:1.29");
    assertThat(check(set, broken)).extracting(ValidationWarning::message).contains(
        "1.1 = 10, а сумма 1.2 + 1.3 + 1.4 = 9; должны совпадать", "1.19 = 6 больше, чем 1.18 = 5",
        "1.25 + 1.27 = 9 больше, чем 1.24 = 8", "1.5: удельный вес больше 100 % (11 из 10)");
    // 1.25 > 1.24 alone breaks its own rule
    assertThat(rules(set, counts("1.24", 3, "1.25", 4))).containsExactly("at-most:1.25:1.24");
  }

  @Test
  void thePreschoolSetsRulesEachFire() {
    IndicatorSet set = IndicatorRegistry.discover().requireSet("order1324.preschool");
    Map<String, IndicatorValue> kept = counts("1.1", 10, "1.1.1", 4, "1.1.2", 3, "1.1.3", 2, "1.1.4", 1, "1.4", 6, "1.4.1", 3,
        "1.4.2", 2, "1.4.3", 1, "1.8", 4, "1.8.1", 3, "1.8.2", 1, "1.7", 9, "1.7.1", 5, "1.7.2", 4, "1.7.3", 4, "1.7.4", 3);
    Map<String, IndicatorValue> broken = counts("1.1", 9, "1.1.1", 4, "1.1.2", 3, "1.1.3", 2, "1.1.4", 1, "1.4", 6, "1.4.1", 3,
        "1.4.2", 2, "1.4.3", 2, "1.8", 4, "1.8.1", 3, "1.8.2", 2, "1.7", 9, "1.7.1", 10, "1.7.2", 11, "1.7.3", 4, "1.7.4", 5);
    firesExactly(set, kept, broken, "at-least-sum:1.1", "at-most:1.7.1:1.7", "at-most:1.7.2:1.7.1",
        "at-most:1.7.4:1.7.3", "sum-at-most:1.7", "sum:1.4", "sum:1.8");
  }

  @Test
  void theAdditionalEducationSetsRulesEachFire() {
    IndicatorSet set = IndicatorRegistry.discover().requireSet("order1324.additional");
    Map<String, IndicatorValue> kept = counts("1.1", 10, "1.1.1", 4, "1.1.2", 3, "1.1.3", 2, "1.1.4", 1, "1.6", 5, "1.6.1", 1,
        "1.6.2", 2, "1.6.3", 3, "1.6.4", 4, "1.11", 5, "1.11.1", 1, "1.11.2", 1, "1.11.3", 1, "1.11.4", 1, "1.11.5", 1,
        "1.17", 3, "1.17.1", 2, "1.17.2", 1, "1.8", 4, "1.9", 3, "1.12", 9, "1.13", 4, "1.14", 3, "1.15", 5, "1.16", 4,
        "2.2", 6, "2.2.1", 1, "2.2.2", 1, "2.2.3", 1, "2.2.4", 1, "2.2.5", 1, "2.2.6", 1, "2.3", 3, "2.3.1", 1, "2.3.2", 1, "2.3.3", 1);
    Map<String, IndicatorValue> broken = new HashMap<>(kept);
    broken.putAll(counts("1.1.4", 2, "1.6.1", 6, "1.6.2", 6, "1.6.3", 6, "1.6.4", 6, "1.11.5", 2, "1.17.2", 2, "1.9", 5,
        "1.14", 5, "1.16", 6, "1.12", 8, "2.2.6", 2, "2.3.3", 2));
    firesExactly(set, kept, broken, "at-least-sum:2.2", "at-least-sum:2.3", "at-most:1.14:1.13",
        "at-most:1.16:1.15", "at-most:1.6.1:1.6", "at-most:1.6.2:1.6", "at-most:1.6.3:1.6", "at-most:1.6.4:1.6",
        "at-most:1.9:1.8", "sum-at-most:1.12", "sum:1.1", "sum:1.11", "sum:1.17");
  }
}
