package coop.smart.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.argument.Argument;

/**
 * Reading a row's columns and binding a column of many rows, for the DAOs written on Jdbi's
 * handle rather than as SqlObjects: those of the busiest use cases, where attaching a SqlObject
 * and mapping a row by reflection cost more than the statement itself.
 */
final class Columns {

  private Columns() {
  }

  static UUID uuid(ResultSet row, String column) throws SQLException {
    return row.getObject(column, UUID.class);
  }

  static LocalDate date(ResultSet row, String column) throws SQLException {
    return row.getObject(column, LocalDate.class);
  }

  static <E extends Enum<E>> E enumerated(Class<E> type, ResultSet row, String column) throws SQLException {
    String name = row.getString(column);
    return name == null ? null : Enum.valueOf(type, name);
  }

  /**
   * One column of {@code rows} as a text array, which SQL casts to the column's type and unnests
   * beside the other columns: one statement inserts any number of rows, with a text that never
   * changes, so the server prepares it once. A null value stays null. Bound by the driver itself:
   * Jdbi's own array binding resolves the element's generic type on every call.
   */
  static <R> Argument column(Collection<R> rows, Function<R, ?> value) {
    String[] column = new String[rows.size()];
    int i = 0;
    for (R row : rows) {
      Object cell = value.apply(row);
      column[i++] = cell == null ? null : cell instanceof BigDecimal amount ? amount.toPlainString() : cell.toString();
    }
    return (position, statement, context) -> statement.setObject(position, column);
  }

  /** The values as a text array, e.g. the ids a query looks for with {@code = ANY(CAST(:ids AS UUID[]))}. */
  static Argument values(Collection<?> values) {
    return column(values, value -> value);
  }
}
