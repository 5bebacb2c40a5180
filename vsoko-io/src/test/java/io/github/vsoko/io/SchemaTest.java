package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.vsoko.model.fixtures.YeniseiskDecision;
import io.github.vsoko.model.fixtures.Recommendations2024;
import io.github.vsoko.model.fixtures.School29Regulation;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.testkit.SchoolDataArbitraries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The schemas in docs/schema describe what vsoko writes: generated and source documents validate, the
 * checked-in examples in docs/examples validate and are current (regenerate with -Dvsoko.updateDocs=true).
 */
class SchemaTest {
  private static final Path DOCS = Path.of("..", "docs");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema(String name) throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(DOCS.resolve("schema").resolve(name), StandardCharsets.UTF_8));
  }

  private static void valid(JsonSchema schema, JsonNode document, String what) {
    Set<ValidationMessage> errors = schema.validate(document);
    assertThat(errors).as(what).isEmpty();
  }

  private static void example(String name, String content) throws IOException {
    Path file = DOCS.resolve("examples").resolve(name);
    if (Boolean.getBoolean("vsoko.updateDocs")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    }
    assertThat(file).as("docs/examples/%s", name).exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("docs/examples/%s is current", name).isEqualTo(content);
  }

  @Test
  void generatedSchoolDataValidates() throws IOException {
    JsonSchema schema = schema("vsoko-1.school-data.schema.json");
    for (long seed = 0; seed < 25; seed++) {
      SchoolData data = SchoolDataArbitraries.generate("s" + seed, 2024, new Random(seed));
      valid(schema, JSON.readTree(CanonicalJson.write(data)), "seed " + seed);
      valid(schema, new YAMLMapper().readTree(CanonicalYaml.write(data)), "yaml seed " + seed);
    }
    String bad = CanonicalJson.write(SchoolDataArbitraries.generate("x", 2024, new Random(3)))
        .replaceFirst("\"kind\" : \"GENERAL\"", "\"kind\" : \"SCHOOL\"");
    assertThat(schema.validate(JSON.readTree(bad))).isNotEmpty();
  }

  @Test
  void sourceDocumentsValidate() throws IOException {
    JsonSchema schema = schema("vsoko-1.vsoko.schema.json");
    valid(schema, JSON.readTree(CanonicalJson.write(School29Regulation.model())), "model");
    valid(schema, JSON.readTree(CanonicalJson.write(School29Regulation.plan())), "plan");
    valid(schema, JSON.readTree(CanonicalJson.write(YeniseiskDecision.roadMap())), "road map");
    valid(schema, JSON.readTree(CanonicalJson.writeRecommendations(Recommendations2024.recommendations())), "recommendations");
    assertThat(schema.validate(JSON.readTree("{\"format\": \"vsoko/1\", \"kind\": \"plan\", \"plan\": {\"title\": \"x\"}}")))
        .isNotEmpty();
  }

  @Test
  void examplesAreCurrentAndValid() throws IOException {
    SchoolData school = SchoolDataArbitraries.generate("demo", 2024, new Random(7));
    String schoolJson = CanonicalJson.write(school);
    example("school-data.json", schoolJson);
    example("plan.yaml", CanonicalYaml.write(School29Regulation.plan()));
    example("road-map.yaml", CanonicalYaml.write(School29Regulation.roadMap()));
    example("recommendations.yaml", CanonicalYaml.writeRecommendations(Recommendations2024.recommendations()));
    valid(schema("vsoko-1.school-data.schema.json"), JSON.readTree(schoolJson), "school-data.json");
    for (String yaml : new String[] {"plan.yaml", "road-map.yaml", "recommendations.yaml"}) {
      valid(schema("vsoko-1.vsoko.schema.json"),
          new YAMLMapper().readTree(Files.readString(DOCS.resolve("examples").resolve(yaml), StandardCharsets.UTF_8)), yaml);
    }
  }
}
