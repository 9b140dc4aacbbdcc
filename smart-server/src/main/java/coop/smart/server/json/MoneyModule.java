package coop.smart.server.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import coop.smart.core.error.ValidationException;
import coop.smart.core.money.Rate;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Money as {@code {"amount":"1234.50","currency":"EUR"}} and rates as {@code "0.065"}, both ways.
 * Amounts and rates are strings because a JSON number may be read as a binary floating point
 * by the other side; reading refuses a number for either.
 */
public final class MoneyModule extends SimpleModule {

  private static final Pattern RATE = Pattern.compile("\\d{1,3}(\\.\\d{1,12})?");

  public MoneyModule() {
    super("smart-money");
    addSerializer(Money.class, new MoneyWriter());
    addDeserializer(Money.class, new MoneyReader());
    addSerializer(Rate.class, ToStringSerializer.instance);
    addDeserializer(Rate.class, new RateReader());
  }

  private static final class MoneyWriter extends JsonSerializer<Money> {
    @Override
    public void serialize(Money money, JsonGenerator json, SerializerProvider provider) throws IOException {
      json.writeStartObject();
      json.writeStringField("amount", MoneyText.format(money));
      json.writeStringField("currency", money.getCurrencyUnit().getCode());
      json.writeEndObject();
    }
  }

  private static final class MoneyReader extends JsonDeserializer<Money> {
    @Override
    public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.START_OBJECT)) {
        throw InvalidField.at(parser, null, "must be an object such as {\"amount\": \"1234.50\", \"currency\": \"EUR\"}");
      }
      JsonNode node = context.readTree(parser);
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        String name = fields.next().getKey();
        if (!name.equals("amount") && !name.equals("currency")) throw InvalidField.at(parser, name, "is not a known field");
      }
      String currencyCode = text(parser, node, "currency");
      String amount = text(parser, node, "amount");
      try {
        CurrencyUnit currency = MoneyText.currency(currencyCode, "currency");
        return MoneyText.parse(amount, currency, "amount");
      } catch (ValidationException e) {
        Map.Entry<String, List<String>> error = e.errors().entrySet().iterator().next();
        throw InvalidField.at(parser, error.getKey(), error.getValue().get(0));
      }
    }

    private static String text(JsonParser parser, JsonNode node, String field) throws JsonMappingException {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) throw InvalidField.at(parser, field, "is required");
      if (!value.isTextual()) throw InvalidField.at(parser, field, "must be a string, not a JSON " + value.getNodeType().name().toLowerCase());
      return value.textValue();
    }
  }

  private static final class RateReader extends JsonDeserializer<Rate> {
    @Override
    public Rate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = parser.hasToken(JsonToken.VALUE_STRING) ? parser.getText() : null;
      if (text == null || !RATE.matcher(text).matches()) {
        throw InvalidField.at(parser, null, "must be a decimal string, a fraction of one such as \"0.065\" for 6.5 %");
      }
      return new Rate(new BigDecimal(text));
    }
  }
}
