package coop.smart.examples.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.smart.persistence.Database;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Where a replay writes down, in each day's own transaction, the last day it replayed and its
 * {@link ReplayState}, in tables of its own beside the books: the day and the founded records in
 * one row, each day's plans in a row of their own. A replay of other parameters
 * (year, scale, seed) on the same database is refused: its plan would not match the books.
 */
final class ReplayProgress {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the progress says: the last day replayed, the state then, and whether the year was closed. */
  record Saved(LocalDate day, ReplayState state, boolean yearClosed) {
  }

  private final Jdbi jdbi;
  private final String parameters;

  ReplayProgress(Database database, int year, double scale, long seed) {
    this.jdbi = database.jdbi();
    this.parameters = "year " + year + ", scale " + scale + ", seed " + seed;
    jdbi.useHandle(handle -> {
      handle.execute("CREATE TABLE IF NOT EXISTS replay_progress (parameters VARCHAR(200) NOT NULL, day DATE NOT NULL,"
          + " founded JSONB NOT NULL, year_closed BOOLEAN NOT NULL)");
      handle.execute("CREATE TABLE IF NOT EXISTS replay_plans (day DATE PRIMARY KEY, planned JSONB NOT NULL)");
    });
  }

  /**
   * The progress of the replay this database holds, empty for a new one.
   *
   * @throws IllegalStateException when the database holds a replay of other parameters
   */
  Optional<Saved> last() {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT parameters, day, founded, year_closed FROM replay_progress")
        .map((rs, ctx) -> {
          if (!rs.getString("parameters").equals(parameters)) {
            throw new IllegalStateException("the database holds a replay of " + rs.getString("parameters") + ", not " + parameters
                + ": replay those again, or into an empty database");
          }
          List<ReplayState.Planned> planned = handle.createQuery("SELECT planned FROM replay_plans ORDER BY day")
              .mapTo(String.class).map(json -> read(json, ReplayState.Planned.class)).list();
          ReplayState state = new ReplayState(read(rs.getString("founded"), ReplayState.Founded.class), planned);
          return new Saved(rs.getObject("day", LocalDate.class), state, rs.getBoolean("year_closed"));
        })
        .findOne());
  }

  /** Records the founding day, the year's records and what the day planned; called inside the day's transaction, it commits with it. */
  void founded(LocalDate day, ReplayState.Founded founded, ReplayState.Planned planned) {
    jdbi.useHandle(handle -> {
      handle.createUpdate("INSERT INTO replay_progress (parameters, day, founded, year_closed) VALUES (:parameters, :day, CAST(:founded AS JSONB), FALSE)")
          .bind("parameters", parameters).bind("day", day).bind("founded", write(founded)).execute();
      savePlans(handle, day, planned);
    });
  }

  /** Records {@code day} as replayed with what it planned; called inside the day's transaction, it commits with it. */
  void dayDone(LocalDate day, ReplayState.Planned planned) {
    jdbi.useHandle(handle -> {
      handle.createUpdate("UPDATE replay_progress SET day = :day").bind("day", day).execute();
      savePlans(handle, day, planned);
    });
  }

  private static void savePlans(Handle handle, LocalDate day, ReplayState.Planned planned) {
    handle.createUpdate("INSERT INTO replay_plans (day, planned) VALUES (:day, CAST(:planned AS JSONB))")
        .bind("day", day).bind("planned", write(planned)).execute();
  }

  /** Records the year as closed; called inside the closing's transaction. */
  void yearClosed() {
    jdbi.useHandle(handle -> handle.execute("UPDATE replay_progress SET year_closed = TRUE"));
  }

  private static String write(Object state) {
    try {
      return JSON.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the replay's state", e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read the replay's state", e);
    }
  }
}
