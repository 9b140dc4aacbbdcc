package coop.smart.server.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import coop.smart.core.error.ValidationException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one JSON mapper of the API: it writes dates as ISO strings and money and rates as
 * strings, and reads nothing it was not meant to (unknown or duplicate fields, a string for a
 * number, a number for a string or an enum, an impossible date), turning every refusal into a
 * {@link ValidationException} that names the field.
 */
public final class StrictJson {

  private StrictJson() {
  }

  public static ObjectMapper mapper() {
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new MoneyModule())
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .withCoercionConfig(LogicalType.Textual, strings -> strings
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .build();
    // Only "2017-07-14": no epoch-day numbers, no [2017, 7, 14] arrays.
    mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
    return mapper;
  }

  /**
   * Reads {@code body} as a {@code type}.
   *
   * @throws ValidationException naming the offending field ({@code body} when the document
   *     itself is not JSON)
   */
  public static <T> T read(ObjectMapper mapper, byte[] body, Class<T> type) {
    T read;
    try {
      read = mapper.readValue(body, type);
    } catch (ValueInstantiationException e) {
      if (e.getCause() instanceof ValidationException validation) throw validation;
      throw refusal(e);
    } catch (JsonParseException e) {
      throw ValidationException.of("body", "is not well-formed JSON: " + e.getOriginalMessage());
    } catch (JsonMappingException e) {
      throw refusal(e);
    } catch (IOException e) {
      throw ValidationException.of("body", "cannot be read: " + e.getMessage());
    }
    // A body of just `null` reads as no object at all.
    if (read == null) throw ValidationException.of("body", "is required: a JSON object, not null");
    return read;
  }

  private static ValidationException refusal(JsonMappingException e) {
    String field = path(e.getPath());
    if (field.isEmpty() && e instanceof MismatchedInputException && e.getMessage().startsWith("No content")) {
      return ValidationException.of("body", "is required: a JSON object");
    }
    return ValidationException.of(field.isEmpty() ? "body" : field, message(e));
  }

  private static String message(JsonMappingException e) {
    if (e instanceof InvalidField) return e.getOriginalMessage();
    if (e instanceof UnrecognizedPropertyException) return "is not a known field";
    if (e instanceof InvalidFormatException invalid) return "must be " + expected(invalid.getTargetType()) + ": '" + invalid.getValue() + "'";
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "must be " + expected(mismatch.getTargetType());
    }
    return "is not valid";
  }

  private static String expected(Class<?> type) {
    if (type == LocalDate.class) return "an ISO date such as \"2017-07-14\"";
    if (type == String.class) return "a string";
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "a whole number";
    if (type == Boolean.class || type == boolean.class) return "true or false";
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
    return "a JSON " + (type.isRecord() ? "object" : type.getSimpleName());
  }

  /** {@code invoicedAmount.amount}, {@code schedule[2].dueDate}. */
  private static String path(List<JsonMappingException.Reference> path) {
    StringBuilder text = new StringBuilder();
    for (JsonMappingException.Reference step : path) {
      if (step.getFieldName() != null) {
        if (!text.isEmpty()) text.append('.');
        text.append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        text.append('[').append(step.getIndex()).append(']');
      }
    }
    return text.toString();
  }
}
