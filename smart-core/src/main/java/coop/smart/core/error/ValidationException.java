package coop.smart.core.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that breaks a field's rule. Carries every offending field with its messages, so a
 * caller can show them all at once; the operation that threw changed nothing.
 */
public class ValidationException extends IllegalArgumentException {

  private final Map<String, List<String>> errors;

  public ValidationException(Map<String, List<String>> errors) {
    super(describe(errors));
    if (errors.isEmpty()) throw new IllegalArgumentException("a validation failure needs at least one field");
    this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  public static ValidationException of(String field, String message) {
    return new ValidationException(Map.of(field, List.of(message)));
  }

  /** Field name (dotted path for nested values, e.g. {@code amount.currency}) → messages. */
  public Map<String, List<String>> errors() {
    return errors;
  }

  private static String describe(Map<String, List<String>> errors) {
    StringBuilder text = new StringBuilder();
    errors.forEach((field, messages) -> messages.forEach(message -> {
      if (!text.isEmpty()) text.append("; ");
      text.append(field).append(": ").append(message);
    }));
    return text.toString();
  }
}
