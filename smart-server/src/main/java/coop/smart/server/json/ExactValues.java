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
import java.time.Month;
import java.time.Year;
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

  /**
   * The date {@code text} names when written as the API writes dates, {@code 2017-07-14}, or null
   * for any other text, valid or not: Jackson's reading then takes it and refuses it as before.
   */
  static LocalDate plainDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') return null;
    int year = number(text, 0, 4);
    int month = number(text, 5, 7);
    int day = number(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) return null;
    return LocalDate.of(year, month, day);
  }

  /** The number written in ASCII digits from {@code start} to {@code end}, or -1. */
  private static int number(String text, int start, int end) {
    int number = 0;
    for (int i = start; i < end; i++) {
      char digit = text.charAt(i);
      if (digit < '0' || digit > '9') return -1;
      number = 10 * number + digit - '0';
    }
    return number;
  }

  /**
   * A value read exactly as written; a date written as the API writes it is read without Jackson's
   * formatter, whose parse allocated more than the rest of reading a request.
   */
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
        LocalDate plain = handledType() == LocalDate.class ? plainDate(text) : null;
        if (plain != null) return plain;
        if (!text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ')) {
          throw InvalidField.at(parser, null, "must not begin or end with a space or a control character: '" + MoneyText.abbreviated(text) + "'");
        }
      }
      return super.deserialize(parser, context);
    }
  }
}
