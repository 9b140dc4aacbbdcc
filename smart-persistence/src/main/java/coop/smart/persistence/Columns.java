package coop.smart.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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

  /**
   * The buffer each thread writes its literals in, reused: a statement binds a literal per column,
   * and a buffer of its own for each was most of what binding them allocated. One that a batch grew
   * past {@link #KEPT_CAPACITY} characters is dropped after it, so a thread keeps no more than that.
   */
  private static final int KEPT_CAPACITY = 4096;
  private static final ThreadLocal<StringBuilder> LITERAL = ThreadLocal.withInitial(StringBuilder::new);

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
   * One column of {@code rows} as an array literal, which SQL casts to the column's array type and
   * unnests beside the other columns: one statement inserts any number of rows, with a text that
   * never changes, so the server prepares it once. A null value stays null. Bound as one text of
   * no declared type, which the server reads as the array type the statement casts it to: bound as
   * an array, the driver encoded each element apart (and Jdbi's own array binding resolves the
   * element's generic type on every call); as text, the server would convert it at every execution,
   * and plan without knowing how many rows it holds.
   */
  static <R> Argument column(Collection<R> rows, Function<R, ?> value) {
    StringBuilder literal = LITERAL.get();
    literal.setLength(0);
    literal.ensureCapacity(2 + 40 * rows.size()); // a large batch sized once, not grown by copies
    literal.append('{');
    for (R row : rows) {
      if (literal.length() > 1) literal.append(',');
      Object cell = value.apply(row);
      if (cell == null) literal.append("NULL");
      else quoted(literal, cell instanceof BigDecimal amount ? amount.toPlainString() : cell.toString());
    }
    String column = literal.append('}').toString();
    if (literal.capacity() > KEPT_CAPACITY) LITERAL.remove();
    return (position, statement, context) -> statement.setObject(position, column, Types.OTHER);
  }

  /** An element of an array literal, in double quotes, so that a comma, a brace, a space or "NULL" is text. */
  private static void quoted(StringBuilder literal, String text) {
    literal.append('"');
    if (text.indexOf('"') < 0 && text.indexOf('\\') < 0) {
      literal.append(text);
    } else {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\\') literal.append('\\');
        literal.append(c);
      }
    }
    literal.append('"');
  }

  /** The values as one array literal, e.g. the ids a query looks for with {@code = ANY(CAST(:ids AS UUID[]))}. */
  static Argument values(Collection<?> values) {
    return column(values, value -> value);
  }
}
