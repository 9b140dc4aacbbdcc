package coop.smart.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The same stores on PostgreSQL, when SMART_TEST_PG_URL names one (.ci/run sets it); skipped otherwise. */
class PostgresStoreTest extends StoreSuite {

  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.postgres();
}
