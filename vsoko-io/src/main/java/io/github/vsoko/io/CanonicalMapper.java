package io.github.vsoko.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.problem.DocumentLocation;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.util.Optional;
import java.util.OptionalInt;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one configured Jackson mapper of the canonical format. */
final class CanonicalMapper {
  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = configure(JsonMapper.builder());
  private static final com.fasterxml.jackson.databind.ObjectMapper YAML = configure(
      com.fasterxml.jackson.dataformat.yaml.YAMLMapper.builder()
          .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

  private static <M extends com.fasterxml.jackson.databind.ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>>
      M configure(B builder) {
    return builder
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .addModule(valueTypes())
      .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
      .addMixIn(io.github.vsoko.model.plan.PlanItem.class, PlanItemFields.class)
      .addMixIn(io.github.vsoko.model.plan.RoadMapAction.class, RoadMapActionFields.class)
      .addMixIn(io.github.vsoko.model.management.Recommendation.class, RecommendationFields.class)
      .withConfigOverride(java.util.Map.class, o -> o.setInclude(com.fasterxml.jackson.annotation.JsonInclude.Value.construct(
          com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY, com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)))
      .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
      .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // a key given twice is an error naming its line and column, never «the last one wins»
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  }

  /** A plan row without execution records is written as before they existed: no empty «executions». */
  private interface PlanItemFields {
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    java.util.List<io.github.vsoko.model.plan.Execution> executions();
  }

  /** An action carried out in one year only is written as before earlier completions existed. */
  private interface RoadMapActionFields {
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    java.util.List<java.time.LocalDate> earlierCompletions();
  }

  /** A recommendation without execution records is written as before they existed. */
  private interface RecommendationFields {
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    java.util.List<io.github.vsoko.model.plan.Execution> executions();
  }

  /** The mapper of a format. */
  static com.fasterxml.jackson.databind.ObjectMapper mapper(boolean yaml) {
    return yaml ? YAML : MAPPER;
  }

  private CanonicalMapper() {}

  private static <T> void text(SimpleModule m, Class<T> type, Function<T, String> write, Function<String, T> read) {
    m.addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(write.apply(value));
      }
    });
    m.addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        String text = p.getValueAsString();
        if (text == null) {
          return ctx.reportInputMismatch(type, "expected a text for %s", type.getSimpleName());
        }
        try {
          return read.apply(text);
        } catch (IllegalArgumentException e) {
          return ctx.reportInputMismatch(type, "%s", e.getMessage());
        }
      }
    });
  }

  private static SimpleModule valueTypes() {
    SimpleModule m = new SimpleModule("vsoko-value-types");
    // a date is text «ГГГГ-ММ-ДД» of a real day between 1900 and 2999: never a number of days, never 30 February
    m.addDeserializer(java.time.LocalDate.class, new JsonDeserializer<java.time.LocalDate>() {
      @Override
      public java.time.LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
          return ctx.reportInputMismatch(java.time.LocalDate.class, "ожидается дата текстом «ГГГГ-ММ-ДД», получено %s",
              p.getText());
        }
        java.time.LocalDate date;
        try {
          date = java.time.LocalDate.parse(p.getText().strip());
        } catch (java.time.format.DateTimeParseException e) {
          return ctx.reportInputMismatch(java.time.LocalDate.class, "ожидается существующая дата «ГГГГ-ММ-ДД», получено «%s»",
              p.getText());
        }
        if (date.getYear() < 1900 || date.getYear() > 2999) {
          return ctx.reportInputMismatch(java.time.LocalDate.class, "дата %s вне 1900–2999 годов", date);
        }
        return date;
      }
    });
    text(m, ClassName.class, ClassName::toString, ClassName::parse);
    text(m, SchoolSubject.class, SchoolSubject::name, SchoolSubject::of);
    text(m, AcademicYear.class, AcademicYear::toString, AcademicYear::parse);
    text(m, io.github.vsoko.model.schedule.Schedule.class, io.github.vsoko.model.schedule.Schedule::format,
        io.github.vsoko.model.schedule.Schedule::parseOrKeep);
    text(m, io.github.vsoko.model.framework.Role.class, io.github.vsoko.model.framework.Role::title,
        io.github.vsoko.model.framework.Role::new);
    text(m, io.github.vsoko.model.framework.Criterion.class, io.github.vsoko.model.framework.Criterion::text,
        io.github.vsoko.model.framework.Criterion::new);
    m.addSerializer(io.github.vsoko.model.framework.IndicatorReference.class, new ReferenceSerializers.IndicatorWriter());
    m.addDeserializer(io.github.vsoko.model.framework.IndicatorReference.class, new ReferenceSerializers.IndicatorReader());
    m.addSerializer(io.github.vsoko.model.management.Addressee.class, new ReferenceSerializers.AddresseeWriter());
    m.addDeserializer(io.github.vsoko.model.management.Addressee.class, new ReferenceSerializers.AddresseeReader());
    text(m, MarkValue.class, MarkValue::label, t -> MarkValue.parse(t).orElseThrow(() -> new IllegalArgumentException(
        "a mark must be 2–5, «н/а», «осв.», «зачёт» or «незачёт», was «" + t + "»")));
    m.addSerializer(Grade.class, new JsonSerializer<Grade>() {
      @Override
      public void serialize(Grade value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeNumber(value.value());
      }
    });
    m.addDeserializer(Grade.class, new JsonDeserializer<Grade>() {
      @Override
      public Grade deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        try {
          return Grade.of(p.getValueAsInt(-1));
        } catch (IllegalArgumentException e) {
          return ctx.reportInputMismatch(Grade.class, "%s", e.getMessage());
        }
      }
    });
    return m;
  }

  /** Writes a document. */
  static String write(SchoolData data) {
    try {
      return MAPPER.writeValueAsString(SchoolDataDocument.of(data, CanonicalJson.FORMAT)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write school data as JSON", e);
    }
  }

  /** Writes a document to a stream, ending with a newline. */
  static void write(SchoolData data, java.io.OutputStream out) throws IOException {
    MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, SchoolDataDocument.of(data, CanonicalJson.FORMAT));
    out.write('\n');
  }

  /** Writes any canonical document in a format. */
  static String writeDocument(Object document, boolean yaml) {
    try {
      String text = mapper(yaml).writeValueAsString(document);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the document", e);
    }
  }

  /** Reads any canonical document of a type, checking its format tag and kind. */
  static <T> T readDocument(String source, InputStream in, Class<T> type, boolean yaml,
      java.util.function.Function<T, String> format, java.util.function.Function<T, String> kind, String expectedKind) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw fail(source, Optional.empty(), "не удаётся прочитать", e);
    }
    com.fasterxml.jackson.databind.JsonNode tree;
    Optional<com.fasterxml.jackson.databind.JsonNode> resolved = yaml ? YamlAliases.resolve(source, bytes) : Optional.empty();
    try {
      tree = resolved.isPresent() ? resolved.get() : mapper(yaml).readTree(bytes);
    } catch (IOException e) {
      throw e instanceof JsonProcessingException j ? failure(source, j)
          : fail(source, Optional.empty(), "не удаётся прочитать", e);
    }
    if (tree == null || !tree.isObject()) {
      throw fail(source, Optional.empty(), "ожидается документ vsoko/1 (объект с «format» и «kind»)", null);
    }
    String actualFormat = tree.path("format").asText(null);
    if (!CanonicalJson.FORMAT.equals(actualFormat)) {
      throw fail(source, Optional.of("format"), "ожидается «format»: «" + CanonicalJson.FORMAT + "», получено "
          + (actualFormat == null ? "ничего" : "«" + actualFormat + "»"), null);
    }
    String actualKind = tree.path("kind").asText(null);
    if (!expectedKind.equals(actualKind)) {
      throw fail(source, Optional.of("kind"), "ожидается «kind»: «" + expectedKind + "», получено "
          + (actualKind == null ? "ничего" : "«" + actualKind + "»"), null);
    }
    try {
      return resolved.isPresent() ? MAPPER.treeToValue(resolved.get(), type) : mapper(yaml).readValue(bytes, type);
    } catch (IOException e) {
      throw e instanceof JsonProcessingException j ? failure(source, j)
          : fail(source, Optional.empty(), "не удаётся прочитать", e);
    }
  }

  /** Reads a school-data document. */
  static SchoolData read(String source, InputStream in) {
    return read(source, in, false);
  }

  /** Reads a school-data document in a format. */
  static SchoolData read(String source, InputStream in, boolean yaml) {
    SchoolDataDocument document;
    try {
      if (yaml) {
        byte[] bytes = in.readAllBytes();
        Optional<com.fasterxml.jackson.databind.JsonNode> resolved = YamlAliases.resolve(source, bytes);
        document = resolved.isPresent() ? MAPPER.treeToValue(resolved.get(), SchoolDataDocument.class)
            : mapper(true).readValue(bytes, SchoolDataDocument.class);
      } else {
        document = mapper(false).readValue(in, SchoolDataDocument.class);
      }
    } catch (JsonProcessingException e) {
      throw failure(source, e);
    } catch (IOException e) {
      throw fail(source, Optional.empty(), "не удаётся прочитать", e);
    }
    if (document == null) {
      throw fail(source, Optional.empty(), "пусто; ожидается документ vsoko/1", null);
    }
    if (document.kind() != null && !document.kind().equals(SchoolDataDocument.KIND)) {
      throw fail(source, Optional.of("kind"), "ожидается «kind»: «" + SchoolDataDocument.KIND + "», получено «"
          + document.kind() + "»", null);
    }
    if (!CanonicalJson.FORMAT.equals(document.format())) {
      throw fail(source, Optional.of("format"), "ожидается «format»: «" + CanonicalJson.FORMAT + "», получено "
          + (document.format() == null ? "ничего" : "«" + document.format() + "»"), null);
    }
    try {
      return document.toSchoolData();
    } catch (ProblemException e) {
      // the model's own problems, placed in the file they come from
      throw new ProblemException(e.problems().stream().map(p -> new Problem(p.severity(), p.location() instanceof DocumentLocation d
          ? new DocumentLocation(source, OptionalInt.empty(), OptionalInt.empty(), d.field()) : p.location(), p.value(), p.message(),
          p.cause())).toList());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw fail(source, Optional.empty(), "данные противоречат модели", e);
    }
  }

  private static ProblemException fail(String source, Optional<String> field, String message, Throwable cause) {
    Problem p = Problem.error(new DocumentLocation(source, OptionalInt.empty(), OptionalInt.empty(), field), message);
    return new ProblemException(cause == null ? p : p.withCause(String.valueOf(cause.getMessage())), cause);
  }

  private static ProblemException failure(String source, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    Optional<String> path = Optional.empty();
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      path = Optional.of(m.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining()).replaceFirst("^\\.", ""));
    }
    DocumentLocation location = at == null || at.getLineNr() < 1
        ? new DocumentLocation(source, OptionalInt.empty(), OptionalInt.empty(), path)
        : DocumentLocation.at(source, at.getLineNr(), at.getColumnNr(), path);
    Throwable cause = e instanceof ValueInstantiationException && e.getCause() != null ? e.getCause() : e;
    String detail = cause == e ? e.getOriginalMessage() : cause.getMessage();
    String message = cause == e ? "документ не читается: ошибка синтаксиса или значение не того типа" : "данные противоречат модели";
    return new ProblemException(Problem.error(location, message).withCause(String.valueOf(detail)), e);
  }
}
