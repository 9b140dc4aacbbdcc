package coop.smart.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The stores on H2 in PostgreSQL mode, the embedded default; always run. */
class H2StoreTest extends StoreSuite {

  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.h2();
}
