package coop.smart.core.error;

/**
 * A write that lost a race: the record changed since the caller read it, or its id is already
 * taken. Nothing was written; the caller reloads and decides again rather than overwrite
 * someone else's change.
 */
public class ConflictException extends IllegalStateException {

  public ConflictException(String message) {
    super(message);
  }
}
