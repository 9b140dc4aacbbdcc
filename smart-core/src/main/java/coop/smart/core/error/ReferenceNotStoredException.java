package coop.smart.core.error;

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

  /** @param errors each field naming a record not stored, with a message per record named */
  public ReferenceNotStoredException(Map<String, List<String>> errors) {
    super(new ValidationException(errors).getMessage());
    this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  /** The same refusal as input that breaks the rule that a record named must be stored. */
  public ValidationException asValidation() {
    return new ValidationException(errors);
  }
}
