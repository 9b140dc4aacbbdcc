package coop.smart.persistence;

import java.sql.Types;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.joda.money.Money;

/** Binds money as its exact amount; the row's {@code currency} column is bound beside it. */
final class MoneyArgumentFactory extends AbstractArgumentFactory<Money> {

  MoneyArgumentFactory() {
    super(Types.NUMERIC);
  }

  @Override
  protected Argument build(Money value, ConfigRegistry config) {
    return (position, statement, context) -> statement.setBigDecimal(position, value.getAmount());
  }
}
