package coop.smart.server.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Reads a request's query parameters one after the other and refuses every invalid one together, not only the first. */
public final class ParameterErrors {

  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  /** The parameter {@code reading} reads, or null when it is refused, the refusal kept for {@link #refuseAny()}. */
  public <T> T read(Supplier<T> reading) {
    try {
      return reading.get();
    } catch (InvalidParameter e) {
      e.errors().forEach((name, messages) -> errors.computeIfAbsent(name, n -> new ArrayList<>()).addAll(messages));
      return null;
    }
  }

  /** Throws the refusals kept, if any. */
  public void refuseAny() {
    if (!errors.isEmpty()) throw new InvalidParameter(errors);
  }
}
