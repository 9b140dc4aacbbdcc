package coop.smart.persistence;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A new, migrated database for each test ({@link TestDatabases#fresh()}), handed to any test or
 * lifecycle method that takes a {@link Database}, and dropped after it.
 */
final class TestDatabase implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private Database database;

  @Override
  public void beforeEach(ExtensionContext context) {
    database = TestDatabases.fresh();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    database.close();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Database.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return database;
  }
}
