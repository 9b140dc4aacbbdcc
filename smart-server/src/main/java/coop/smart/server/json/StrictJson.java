package coop.smart.server.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import coop.smart.server.validation.FieldErrors;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one JSON mapper of the API: it writes dates as ISO strings and money and rates as
 * strings, and reads nothing it was not meant to (unknown or duplicate fields, a string for a
 * number, a number for a string or an enum, an impossible date), naming the field of every
 * refusal.
 */
public final class StrictJson {

  /** How many values one reading sets aside before it gives up: more than any honest mistake makes. */
  static final int MAX_REFUSED_VALUES = 20;
  /** How deep a body may nest: the API's own requests nest four levels, a hostile one could nest thousands. */
  static final int MAX_DEPTH = 16;

  private StrictJson() {
  }

  public static ObjectMapper mapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();
    ObjectMapper mapper = JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new MoneyModule())
        .addModule(new SimpleModule("smart-exact-values").setDeserializerModifier(new ExactValues()))
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // A body is read as a tree first: its decimals must stay exactly as sent.
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
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
   * Reads {@code body} as a {@code type}, refusing into {@code errors} every value it cannot
   * take, not only the first: each refused value is set aside (an unknown field removed, any
   * other value made null) and the body read again, up to {@value #MAX_REFUSED_VALUES} of them.
   *
   * @return the request, or null when it cannot be read at all
   */
  public static <T> T read(ObjectMapper mapper, byte[] body, Class<T> type, FieldErrors errors) {
    ObjectNode tree = tree(mapper, body, errors);
    for (int refused = 1; tree != null; refused++) {
      try {
        return mapper.treeToValue(tree, type);
      } catch (JsonMappingException e) {
        String field = path(e.getPath());
        errors.add(field.isEmpty() ? "body" : field, message(e));
        if (refused == MAX_REFUSED_VALUES || !setAside(tree, e)) return null;
      } catch (JsonProcessingException e) {
        errors.add("body", "cannot be read: " + e.getOriginalMessage());
        return null;
      }
    }
    return null;
  }

  /** The body as a JSON object, or null with the reason in {@code errors}. */
  private static ObjectNode tree(ObjectMapper mapper, byte[] body, FieldErrors errors) {
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (JsonParseException e) {
      String duplicate = duplicate(e);
      if (duplicate != null) {
        errors.add(duplicate, "is given twice");
      } else {
        errors.add("body", "is not well-formed JSON: " + e.getOriginalMessage());
      }
      return null;
    } catch (StreamConstraintsException e) {
      errors.add("body", "must nest at most " + MAX_DEPTH + " levels deep, its numbers of at most " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN
          + " digits and its field names of at most " + StreamReadConstraints.DEFAULT_MAX_NAME_LEN + " characters");
      return null;
    } catch (IOException e) {
      errors.add("body", "cannot be read: " + e.getMessage());
      return null;
    }
    if (tree instanceof ObjectNode object) return object;
    // A body of just `null` reads as no object at all.
    errors.add("body", tree == null || tree.isMissingNode() ? "is required: a JSON object"
        : tree.isNull() ? "is required: a JSON object, not null" : "must be a JSON object, not " + tree.getNodeType().name().toLowerCase(Locale.ROOT));
    return null;
  }

  /** The field a body gives twice, or null when {@code e} says something else. */
  private static String duplicate(JsonParseException e) {
    if (e.getProcessor() == null || !e.getOriginalMessage().startsWith("Duplicate field")) return null;
    List<JsonMappingException.Reference> path = new ArrayList<>();
    for (JsonStreamContext context = e.getProcessor().getParsingContext(); !context.inRoot(); context = context.getParent()) {
      path.add(0, context.inArray() ? new JsonMappingException.Reference(null, context.getCurrentIndex())
          : new JsonMappingException.Reference(null, context.getCurrentName()));
    }
    return path(path);
  }

  /**
   * Takes the value {@code e} refuses out of the tree, so that reading it again reaches the
   * fields after it: an unknown field goes, any other value becomes null (which its constraints
   * then leave alone, its field being refused already).
   *
   * @return false when there is nothing to set aside, so reading again would fail the same way
   */
  private static boolean setAside(ObjectNode tree, JsonMappingException e) {
    List<JsonMappingException.Reference> path = e.getPath();
    int depth = path.size() - (e instanceof InvalidField invalid && invalid.inSubField() ? 1 : 0);
    if (depth <= 0) return false;
    JsonNode parent = tree;
    for (JsonMappingException.Reference step : path.subList(0, depth - 1)) {
      parent = step.getFieldName() != null ? parent.get(step.getFieldName()) : parent.get(step.getIndex());
      if (parent == null) return false;
    }
    JsonMappingException.Reference last = path.get(depth - 1);
    if (parent instanceof ObjectNode object && last.getFieldName() != null) {
      JsonNode value = object.get(last.getFieldName());
      if (e instanceof UnrecognizedPropertyException) return object.remove(last.getFieldName()) != null;
      if (value == null || value.isNull()) return false;
      object.putNull(last.getFieldName());
      return true;
    }
    if (parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size() && !array.get(last.getIndex()).isNull()) {
      array.set(last.getIndex(), NullNode.getInstance());
      return true;
    }
    return false;
  }

  private static String message(JsonMappingException e) {
    if (e instanceof InvalidField) return e.getOriginalMessage();
    if (e instanceof UnrecognizedPropertyException) return "is not a known field";
    if (e instanceof InvalidFormatException invalid) return "must be " + expected(invalid.getTargetType()) + ": '" + MoneyText.abbreviated(String.valueOf(invalid.getValue())) + "'";
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
