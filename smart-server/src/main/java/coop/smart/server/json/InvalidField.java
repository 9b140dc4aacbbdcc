package coop.smart.server.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value our readers refuse, with a message meant for the client. Jackson prepends the path
 * of the enclosing fields as the exception travels up, so the client learns which one.
 */
final class InvalidField extends JsonMappingException {

  private final boolean inSubField;

  private InvalidField(JsonParser parser, String message, boolean inSubField) {
    super(parser, message);
    this.inSubField = inSubField;
  }

  /** Refuses the value being read, or its {@code subField} when not null. */
  static InvalidField at(JsonParser parser, String subField, String message) {
    InvalidField invalid = new InvalidField(parser, message, subField != null);
    if (subField != null) invalid.prependPath(new Reference(null, subField));
    return invalid;
  }

  /** Whether the path ends with a field of the value refused rather than with the value itself. */
  boolean inSubField() {
    return inSubField;
  }
}
