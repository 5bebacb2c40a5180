package io.github.vsoko.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.vsoko.model.framework.FreeTextIndicator;
import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.framework.RegisteredIndicator;
import io.github.vsoko.model.framework.Role;
import io.github.vsoko.model.management.Addressee;
import io.github.vsoko.model.management.GroupAddressee;
import io.github.vsoko.model.management.OrganizationAddressee;
import io.github.vsoko.model.management.RoleAddressee;
import java.io.IOException;

/** The sealed references of plans and recommendations as small tagged objects. */
final class ReferenceSerializers {
  private ReferenceSerializers() {}

  /** {@code {"id": "order1324.general/1.5"}} or {@code {"text": "…"}}. */
  static final class IndicatorWriter extends JsonSerializer<IndicatorReference> {
    @Override
    public void serialize(IndicatorReference value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      if (value instanceof RegisteredIndicator r) {
        gen.writeStringField("id", r.id());
      } else {
        gen.writeStringField("text", ((FreeTextIndicator) value).text());
      }
      gen.writeEndObject();
    }
  }

  /** Reads {@code {"id": …}} or {@code {"text": …}}. */
  static final class IndicatorReader extends JsonDeserializer<IndicatorReference> {
    @Override
    public IndicatorReference deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      JsonNode node = ctx.readTree(p);
      try {
        if (node.has("id") && node.size() == 1) {
          return new RegisteredIndicator(node.get("id").asText());
        }
        if (node.has("text") && node.size() == 1) {
          return new FreeTextIndicator(node.get("text").asText());
        }
      } catch (IllegalArgumentException e) {
        return ctx.reportInputMismatch(IndicatorReference.class, "%s", e.getMessage());
      }
      return ctx.reportInputMismatch(IndicatorReference.class, "an indicator is {\"id\": \"set/code\"} or {\"text\": \"…\"}");
    }
  }

  /** {@code {"organizationId": …, "name": …}}, {@code {"role": …}} or {@code {"group": …}}. */
  static final class AddresseeWriter extends JsonSerializer<Addressee> {
    @Override
    public void serialize(Addressee value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      if (value instanceof OrganizationAddressee o) {
        gen.writeStringField("organizationId", o.organizationId());
        gen.writeStringField("name", o.name());
      } else if (value instanceof RoleAddressee r) {
        gen.writeStringField("role", r.role().title());
      } else {
        gen.writeStringField("group", ((GroupAddressee) value).description());
      }
      gen.writeEndObject();
    }
  }

  /** Reads an addressee. */
  static final class AddresseeReader extends JsonDeserializer<Addressee> {
    @Override
    public Addressee deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      JsonNode node = ctx.readTree(p);
      try {
        if (node.has("organizationId") && node.has("name") && node.size() == 2) {
          return new OrganizationAddressee(node.get("organizationId").asText(), node.get("name").asText());
        }
        if (node.has("role") && node.size() == 1) {
          return new RoleAddressee(new Role(node.get("role").asText()));
        }
        if (node.has("group") && node.size() == 1) {
          return new GroupAddressee(node.get("group").asText());
        }
      } catch (IllegalArgumentException e) {
        return ctx.reportInputMismatch(Addressee.class, "%s", e.getMessage());
      }
      return ctx.reportInputMismatch(Addressee.class,
          "an addressee is {\"organizationId\", \"name\"}, {\"role\"} or {\"group\"}");
    }
  }
}
