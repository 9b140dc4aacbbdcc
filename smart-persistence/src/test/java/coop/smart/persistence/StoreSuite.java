package coop.smart.persistence;

import org.junit.jupiter.api.Nested;

/**
 * Every store contract, run against one kind of database; each subclass registers a
 * {@link TestDatabase} of its kind. A newly stored aggregate adds its contract here once.
 */
abstract class StoreSuite {

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
}
