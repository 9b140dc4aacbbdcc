package coop.smart.server.validation;

import coop.smart.core.error.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invalid fields of one request, each named by its path ({@code lines[0].quantity}), gathered
 * so the request is refused once, naming them all.
 */
public final class FieldErrors {

  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  public void add(String field, String message) {
    errors.computeIfAbsent(field, name -> new ArrayList<>()).add(message);
  }

  /**
   * Whether {@code field}, a field holding it or one it holds is refused already: a value that
   * could not be read is not refused a second time as missing.
   */
  public boolean covers(String field) {
    return errors.keySet().stream().anyMatch(refused -> within(field, refused) || within(refused, field));
  }

  private static boolean within(String field, String outer) {
    return field.equals(outer) || field.startsWith(outer + ".") || field.startsWith(outer + "[");
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** @throws ValidationException naming every refused field, when there is one */
  public void check() {
    if (!errors.isEmpty()) throw new ValidationException(errors);
  }
}
