package coop.smart.server.http;

import coop.smart.core.error.ValidationException;
import java.util.List;
import java.util.Map;

/** A query parameter or header the request got wrong, named as sent: being no part of the body, it has no JSON pointer. */
public final class InvalidParameter extends ValidationException {

  public InvalidParameter(String name, String message) {
    this(Map.of(name, List.of(message)));
  }

  /** Several parameters, each with its messages. */
  public InvalidParameter(Map<String, List<String>> errors) {
    super(errors);
  }
}
