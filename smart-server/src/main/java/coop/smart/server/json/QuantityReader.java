package coop.smart.server.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A quantity as a JSON number, as the API first took it, or as a decimal string ({@code "7.5"}),
 * as it takes amounts and rates. Its bounds are its field's constraints.
 */
public final class QuantityReader extends JsonDeserializer<BigDecimal> {

  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

  @Override
  public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) return parser.getDecimalValue();
    if (parser.hasToken(JsonToken.VALUE_STRING) && DECIMAL.matcher(parser.getText()).matches()) return new BigDecimal(parser.getText());
    throw InvalidField.at(parser, null, "must be a decimal number or string such as 7.5 or \"7.5\"");
  }
}
