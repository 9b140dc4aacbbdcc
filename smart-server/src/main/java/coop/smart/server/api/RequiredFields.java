package coop.smart.server.api;

import coop.smart.core.error.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects every missing field of a request, so the client learns of them all at once. */
public final class RequiredFields {

  private final Map<String, List<String>> missing = new LinkedHashMap<>();

  public RequiredFields require(String field, Object value) {
    if (value == null) missing.put(field, List.of("is required"));
    return this;
  }

  public RequiredFields refuse(String field, String message) {
    missing.put(field, List.of(message));
    return this;
  }

  /** Throws a {@link ValidationException} listing every field found missing. */
  public void check() {
    if (!missing.isEmpty()) throw new ValidationException(missing);
  }
}
