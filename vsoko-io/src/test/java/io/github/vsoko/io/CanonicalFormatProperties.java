package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.testkit.SchoolDataArbitraries;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Read → write → read gives an equal model, and writing is byte-for-byte deterministic, in JSON and YAML. */
class CanonicalFormatProperties {
  @Provide
  Arbitrary<SchoolData> schools() {
    return SchoolDataArbitraries.schoolData("a", 2024);
  }

  @Property(tries = 50)
  void jsonRoundTripsGeneratedSchools(@ForAll("schools") SchoolData data) {
    String json = CanonicalJson.write(data);
    SchoolData back = CanonicalJson.read("g.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(back).isEqualTo(data);
    assertThat(CanonicalJson.write(back)).isEqualTo(json);
  }

  @Property(tries = 50)
  void yamlRoundTripsGeneratedSchools(@ForAll("schools") SchoolData data) {
    String yaml = CanonicalYaml.write(data);
    SchoolData back = CanonicalYaml.read("g.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    assertThat(back).isEqualTo(data);
    assertThat(CanonicalYaml.write(back)).isEqualTo(yaml);
  }
}
