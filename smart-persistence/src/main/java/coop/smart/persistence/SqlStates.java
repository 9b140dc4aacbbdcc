package coop.smart.persistence;

import coop.smart.core.error.ConflictException;
import coop.smart.core.error.NotFoundException;
import java.sql.SQLException;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementException;

/** Turns the constraint violations a caller can cause into the core's errors; the SQL states are the standard's. */
final class SqlStates {

  static final Set<String> KEY_TAKEN = Set.of("23505");
  static final Set<String> MISSING_REFERENCE = Set.of("23503");

  private SqlStates() {
  }

  /**
   * Runs an insert of {@code subject}.
   *
   * @throws ConflictException when its key is already taken
   * @throws NotFoundException when it refers to a record that is not stored
   */
  static void insert(String subject, Runnable insert) {
    try {
      insert.run();
    } catch (MissingReference e) {
      throw new NotFoundException(subject + " refers to a record that is not stored");
    } catch (StatementException e) {
      if (hasState(e, KEY_TAKEN)) throw new ConflictException(subject + " is already stored");
      if (hasState(e, MISSING_REFERENCE)) throw new NotFoundException(subject + " refers to a record that is not stored");
      throw e;
    }
  }

  /** Thrown by an insert that checks its references itself, as a foreign key would, when one is not stored. */
  static final class MissingReference extends RuntimeException {

    MissingReference() {
      super(null, null, false, false);
    }
  }

  private static boolean hasState(Throwable failure, Set<String> states) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        // a batch reports the failing statement's state on the exception chained to it
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (states.contains(next.getSQLState())) return true;
        }
      }
    }
    return false;
  }
}
