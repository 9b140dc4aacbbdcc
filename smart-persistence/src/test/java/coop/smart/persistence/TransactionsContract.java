package coop.smart.persistence;

import static coop.smart.persistence.Fixtures.BE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.audit.AuditRecord;
import coop.smart.core.contract.Contract;
import coop.smart.core.error.ConflictException;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.store.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jdbi.v3.core.statement.StatementException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One use case, one transaction: a contract is invoiced, its journal entry posted and the act
 * audited, together or not at all, however the repositories open their own transactions.
 */
abstract class TransactionsContract {

  private Database database;
  private Transactions transactions;
  private JdbiContractRepository contracts;
  private JdbiLedger ledger;
  private JdbiAuditTrail trail;
  private Contract contract;

  @BeforeEach
  void open(Database database) {
    this.database = database;
    transactions = new JdbiTransactions(database);
    contracts = new JdbiContractRepository(database, Fixtures.national(BE));
    ledger = new JdbiLedger(database, BE, CurrencyUnit.EUR);
    trail = new JdbiAuditTrail(database, BE);
    contract = Fixtures.contract(database, BE, Money.parse("EUR 1000.00"));
  }

  private JournalEntry invoice(Contract contract) {
    return JournalEntry.on(BE, contract.end(), "invoice").reference("contract " + contract.id())
        .debit(Account.of(AccountType.CLIENT_RECEIVABLES, contract.client()), contract.invoicedAmount())
        .credit(Account.of(AccountType.CONTRACT_PAYROLL, contract.id()), contract.invoicedAmount()).build();
  }

  private AuditRecord audit(Contract contract) {
    return new AuditRecord(BE, Instant.parse("2017-07-14T17:00:00Z"), "alice", "contract.save", "contract", contract.id().toString(), "key-1");
  }

  private void assertNothingStored() {
    assertThat(contracts.find(contract.id())).isEmpty();
    assertThat(ledger.entries()).isEmpty();
    assertThat(trail.about("contract", contract.id().toString())).isEmpty();
  }

  @Test
  void useCase_commitsTheAggregateItsEntryAndItsAuditTogether() {
    JournalEntry entry = invoice(contract);
    Contract saved = transactions.inTransaction(() -> {
      Contract stored = contracts.save(contract);
      ledger.post(entry);
      trail.append(audit(stored));
      return stored;
    });
    assertThat(contracts.find(contract.id())).contains(saved);
    assertThat(ledger.entries()).containsExactly(entry);
    assertThat(trail.about("contract", contract.id().toString())).hasSize(1);
  }

  @Test
  void failureBetweenTheAggregateAndTheLedgerWrite_leavesNothingBehind() {
    assertThatThrownBy(() -> transactions.useTransaction(() -> {
      contracts.save(contract);
      trail.append(audit(contract));
      throw new IllegalStateException("injected failure");
    })).hasMessage("injected failure");
    assertNothingStored();
  }

  @Test
  void ledgerWriteRefusedByTheDatabase_rollsTheAggregateBack() {
    JournalEntry entry = invoice(contract);
    ledger.post(entry);
    Contract other = Fixtures.contract(database, BE, Money.parse("EUR 5.00"));
    assertThatThrownBy(() -> transactions.useTransaction(() -> {
      contracts.save(other);
      ledger.post(entry); // the same entry again: a key the database refuses
    })).isInstanceOf(ConflictException.class);
    assertThat(contracts.find(other.id())).isEmpty();
    assertThat(ledger.entries()).containsExactly(entry);
  }

  @Test
  void nestedTransaction_joinsTheOuterOne() {
    assertThatThrownBy(() -> transactions.useTransaction(() -> {
      transactions.useTransaction(() -> contracts.save(contract));
      throw new IllegalStateException("injected failure");
    })).hasMessage("injected failure");
    assertNothingStored();
  }

  @Test
  void auditRecordsOfATransaction_areInsertedInOneStatementBeforeItCommits_inTheOrderAppended_andReadableInIt() {
    AtomicInteger statements = new AtomicInteger();
    database.afterEachStatement(statements::incrementAndGet);
    List<AuditRecord> appended = IntStream.range(0, 5).mapToObj(i -> new AuditRecord(BE, Instant.parse("2017-07-14T17:00:00Z").plusSeconds(i),
        "alice", "contract.step" + i, "contract", contract.id().toString(), null)).toList();
    List<AuditRecord> readInside = transactions.inTransaction(() -> {
      appended.forEach(trail::append);
      int beforeReading = statements.get();
      List<AuditRecord> read = trail.about("contract", contract.id().toString());
      assertThat(statements.get() - beforeReading).as("one insert for the five records, then the read").isEqualTo(2);
      trail.append(audit(contract));
      return read;
    });
    assertThat(readInside).containsExactlyElementsOf(appended);
    assertThat(trail.about("contract", contract.id().toString())).hasSize(6).endsWith(audit(contract));
  }

  @Test
  void auditRecordsOfAFailedTransaction_areNeverInserted_norKeptForTheNextOne() {
    assertThatThrownBy(() -> transactions.useTransaction(() -> {
      trail.append(audit(contract));
      throw new IllegalStateException("injected failure");
    })).hasMessage("injected failure");
    transactions.useTransaction(() -> contracts.save(contract));
    assertThat(trail.about("contract", contract.id().toString())).isEmpty();
  }

  @Test
  void aTransactionWhoseAuditRecordsCannotBeInserted_commitsNothing() {
    AuditRecord tooLong = new AuditRecord(BE, Instant.parse("2017-07-14T17:00:00Z"), "alice", "contract.save".repeat(10), "contract",
        contract.id().toString(), null);
    assertThatThrownBy(() -> transactions.useTransaction(() -> {
      contracts.save(contract);
      trail.append(tooLong); // longer than its column: the statement that would commit fails
    })).isInstanceOf(StatementException.class);
    assertNothingStored();
    transactions.useTransaction(() -> contracts.save(contract));
    assertThat(contracts.find(contract.id())).as("the connection, back in its pool, commits the next transaction").isPresent();
  }

  @Test
  void workInsideATransactionBegunOutside_commitsWithIt_notBefore() {
    assertThatThrownBy(() -> database.jdbi().useTransaction(handle -> transactions.useTransaction(() -> {
      contracts.save(contract);
      trail.append(audit(contract));
      transactions.useTransaction(() -> {
        throw new IllegalStateException("injected failure");
      });
    }))).hasMessage("injected failure");
    assertNothingStored();
  }
}
