package coop.smart.server.http;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * Tells a failure caused by the database being unreachable (stopped, restarting, the network
 * down, no connection to be had in time) from any other, by the SQL states the standard and
 * PostgreSQL give them. Such a request changed nothing, and may be retried.
 */
final class DatabaseOutage {

  /** How long a client is asked to wait before retrying. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(2);

  private DatabaseOutage() {
  }

  static boolean causes(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException) return true;
      if (cause instanceof SQLException sql && isOutage(sql.getSQLState())) return true;
    }
    return false;
  }

  /** Class 08 (connection exception), and PostgreSQL's 57P01–57P03 (shutting down, crashed, starting up). */
  private static boolean isOutage(String state) {
    return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
  }
}
