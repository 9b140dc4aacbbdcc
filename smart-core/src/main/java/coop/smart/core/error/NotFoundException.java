package coop.smart.core.error;

import java.util.NoSuchElementException;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends NoSuchElementException {

  public NotFoundException(String message) {
    super(message);
  }
}
