package coop.smart.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Reads a money column: an exact NUMERIC amount whose currency is the row's {@code currency}
 * column. Each table keeps one currency per row, so this one convention serves every table.
 */
final class MoneyColumnMapper implements ColumnMapper<Money> {

  @Override
  public Money map(ResultSet row, int column, StatementContext context) throws SQLException {
    BigDecimal amount = row.getBigDecimal(column);
    return amount == null ? null : money(CurrencyUnit.of(row.getString("currency")), amount);
  }

  /**
   * The stored amount as money. NUMERIC(19,4) reads back with four decimals; dropping the zeros
   * beyond the currency's minor unit is exact, and anything else there is a corrupt row, never
   * rounded away.
   */
  static Money money(CurrencyUnit currency, BigDecimal amount) {
    return Money.of(currency, amount, RoundingMode.UNNECESSARY);
  }
}
