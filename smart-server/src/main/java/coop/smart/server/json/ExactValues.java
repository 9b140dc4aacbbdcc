package coop.smart.server.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Ids, dates and enum constants read exactly as written. Jackson trims what surrounds them, a
 * NUL or a line break included, and would take {@code "2017-07-14\u0000"} for a date: such a
 * value is refused as any other malformed one.
 */
final class ExactValues extends BeanDeserializerModifier {

  @Override
  public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
    Class<?> type = description.getBeanClass();
    return type == UUID.class || type == LocalDate.class ? new Untrimmed(deserializer) : deserializer;
  }

  @Override
  public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description,
                                                    JsonDeserializer<?> deserializer) {
    return new Untrimmed(deserializer);
  }

  private static final class Untrimmed extends DelegatingDeserializer {

    Untrimmed(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Untrimmed(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.hasToken(JsonToken.VALUE_STRING)) {
        String text = parser.getText();
        if (!text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ')) {
          throw InvalidField.at(parser, null, "must not begin or end with a space or a control character: '" + MoneyText.abbreviated(text) + "'");
        }
      }
      return super.deserialize(parser, context);
    }
  }
}
