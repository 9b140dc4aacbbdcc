package coop.smart.persistence;

import java.sql.Types;
import java.util.UUID;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds a UUID as the driver's own UUID type, and a missing one as an untyped null: PostgreSQL
 * refuses a null sent as text for a uuid column, as an optional reference such as a contract's
 * activity would otherwise be.
 */
final class UuidArgumentFactory extends AbstractArgumentFactory<UUID> {

  UuidArgumentFactory() {
    super(Types.OTHER);
  }

  @Override
  protected Argument build(UUID value, ConfigRegistry config) {
    return (position, statement, context) -> statement.setObject(position, value);
  }
}
