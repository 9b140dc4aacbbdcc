package coop.smart.persistence;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every store contract on PostgreSQL: the embedded one, or the server SMART_TEST_PG_URL names.
 * A newly stored aggregate adds its contract here once.
 */
class StoreTest {

  @RegisterExtension
  static final TestDatabase DATABASE = new TestDatabase();

  @Nested
  class Members extends MemberRepositoryContract {
  }

  @Nested
  class Clients extends ClientRepositoryContract {
  }

  @Nested
  class Contracts extends ContractRepositoryContract {
  }

  @Nested
  class Activities extends ActivityRepositoryContract {
  }

  @Nested
  class Invoices extends InvoiceRepositoryContract {
  }

  @Nested
  class InvoiceNumbers extends InvoiceNumberingContract {
  }

  @Nested
  class Leases extends LeaseRepositoryContract {
  }

  @Nested
  class Ledgers extends JdbiLedgerContract {
  }

  @Nested
  class AuditTrails extends AuditTrailContract {
  }

  @Nested
  class UseCaseTransactions extends TransactionsContract {
  }

  @Nested
  class ApiKeys extends ApiKeysContract {
  }
}
