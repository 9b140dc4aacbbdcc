package coop.smart.core.error;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record refused by its store because it names, in some of its fields, records that are not
 * stored in its entity: every such field with what it named, so an operation that lets the store
 * check its references answers as a check of its own input would.
 */
public final class ReferenceNotStoredException extends NotFoundException {

  private final Map<String, List<String>> errors;

  private ReferenceNotStoredException(Map<String, List<String>> errors) {
    super(new ValidationException(errors).getMessage());
    this.errors = Collections.unmodifiableMap(errors);
  }

  /**
   * @param entity the entity the records were looked for in
   * @param notStored each field, in the order to report them, with the ids it named that are not stored
   */
  public static ReferenceNotStoredException of(Object entity, Map<String, ? extends List<?>> notStored) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    notStored.forEach((field, ids) -> {
      List<String> messages = new ArrayList<>();
      ids.forEach(id -> messages.add(field + " " + id + " is not stored in " + entity));
      if (!messages.isEmpty()) errors.put(field, List.copyOf(messages));
    });
    return new ReferenceNotStoredException(errors);
  }

  /** The same refusal as input that breaks the rule that a record named must be stored. */
  public ValidationException asValidation() {
    return new ValidationException(errors);
  }
}
