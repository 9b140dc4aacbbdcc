package coop.smart.core.error;

/**
 * A change made from a version of a record that is no longer the stored one: someone changed it
 * since the caller read it. Nothing was written; the caller reads it again and decides again.
 */
public final class StaleVersionException extends ConflictException {

  public StaleVersionException(String message) {
    super(message);
  }
}
