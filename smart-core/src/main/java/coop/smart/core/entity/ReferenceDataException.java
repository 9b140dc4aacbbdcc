package coop.smart.core.entity;

/**
 * An entity data file that cannot be used. Raised while loading, so a bad file stops the
 * application at start-up with the file, line and column to fix.
 */
public class ReferenceDataException extends IllegalStateException {

  public ReferenceDataException(String message) {
    super(message);
  }
}
