package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/** An object's compact fields behave as the ordered map they copy; shared small numbers are the numbers. */
class ReportDataProperties {
  @Property
  void anObjectKeepsItsFieldsInOrder(@ForAll @Size(max = 40) @UniqueElements List<String> keys) {
    Map<String, ReportData> map = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      map.put(keys.get(i), i % 3 == 0 ? ReportData.of(keys.get(i)) : ReportData.of(i));
    }
    ReportData.Obj obj = new ReportData.Obj(map);
    assertThat(obj.fields()).isEqualTo(map);
    assertThat(map).isEqualTo(obj.fields());
    assertThat(obj.fields().hashCode()).isEqualTo(map.hashCode());
    assertThat(new ArrayList<>(obj.fields().keySet())).containsExactlyElementsOf(keys);
    for (String k : keys) {
      assertThat(obj.fields().get(k)).isEqualTo(map.get(k));
      assertThat(obj.fields()).containsKey(k);
    }
    assertThat(obj.fields().get("\u0000нет такого")).isNull();
    assertThat(new ReportData.Obj(obj.fields())).isEqualTo(obj);
    assertThatThrownBy(() -> obj.fields().put("x", ReportData.of(1))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Property
  void wholeNumbersAreTheirValue(@ForAll @LongRange(min = -5000, max = 5000) long value) {
    assertThat(ReportData.of(value)).isEqualTo(new ReportData.Num(BigDecimal.valueOf(value)));
  }
}
