package coop.smart.core.books;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Movements;
import coop.smart.core.ledger.Posting;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

/** Whatever balanced entries the ledger holds, the exported files move the same money as the ledger. */
class JournalExportProperties {

  private static final NationalEntity FR = EntityCatalog.standard().entity("FR");
  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final LocalDate FROM = LocalDate.of(2017, 1, 1);
  private static final LocalDate TO = LocalDate.of(2017, 12, 31);

  @Property(tries = 200)
  void fecAndCsv_debitsEqualCredits_equalTheLedgersMovements_everyFecLineHas18Fields(@ForAll("entries") List<JournalEntry> entries) {
    for (NationalEntity entity : List.of(FR, BE)) {
      InMemoryLedger ledger = new InMemoryLedger(entity.code(), entity.currency());
      entries.forEach(entry -> ledger.post(new JournalEntry(entry.id(), entity.code(), entry.date(), entry.description(), entry.reference(),
          entry.postings())));
      Money ledgerDebits = ledger.movements(TO).values().stream().map(Movements::debit).reduce(Money.zero(entity.currency()), Money::plus);

      for (JournalFormat format : JournalFormat.values()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JournalWriter writer = JournalWriter.start(format, LedgerChart.of(entity.chartOfAccounts(TO)), out, entity.currency());
        ledger.forEachEntry(FROM, TO, writer);
        JournalWriter.Summary summary = writer.finish();

        List<String[]> rows = BookFiles.rows(out.toByteArray(), format);
        int debit = format.columns().indexOf("Debit");
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (String[] row : rows.subList(1, rows.size())) {
          assertThat(row).hasSize(format.columns().size());
          debits = debits.add(BookFiles.amount(row[debit]));
          credits = credits.add(BookFiles.amount(row[debit + 1]));
        }
        assertThat(rows).hasSize(1 + entries.stream().mapToInt(entry -> entry.postings().size()).sum());
        assertThat(debits).isEqualByComparingTo(credits).isEqualByComparingTo(ledgerDebits.getAmount());
        assertThat(summary.totals().debit()).isEqualTo(summary.totals().credit()).isEqualTo(ledgerDebits);
        if (format == JournalFormat.FEC) {
          assertThat(format.columns()).hasSize(18);
          BookFiles.checkFec(out.toByteArray());
        }
      }
    }
  }

  @Provide
  Arbitrary<List<JournalEntry>> entries() {
    return entry().list().ofMaxSize(30);
  }

  /** A balanced entry of 2 to 5 postings to any accounts, some kept per party, on any day of 2017. */
  private static Arbitrary<JournalEntry> entry() {
    Arbitrary<Account> account = Combinators.combine(Arbitraries.of(AccountType.class), Arbitraries.of("", "client-1", "activity-7", "c 3"))
        .as((type, subject) -> subject.isEmpty() ? Account.of(type) : Account.of(type, subject));
    Arbitrary<Long> cents = Arbitraries.longs().between(-10_000_000L, 10_000_000L).filter(amount -> amount != 0);
    Arbitrary<List<Posting>> postings = Combinators.combine(account, cents).as((a, c) -> new Posting(a, Money.ofMinor(FR.currency(), c)))
        .list().ofMinSize(1).ofMaxSize(4)
        .flatMap(lines -> account.map(last -> balanced(lines, last)))
        .filter(lines -> lines != null);
    return Combinators.combine(Arbitraries.integers().between(0, 364), Arbitraries.strings().alpha().numeric().withChars(" -'").ofMaxLength(30),
        postings).as((day, text, lines) -> new JournalEntry(UUID.randomUUID(), FR.code(), FROM.plusDays(day), text, null, lines));
  }

  /** {@code lines} and the posting to {@code last} that balances them; null when they already balance. */
  private static List<Posting> balanced(List<Posting> lines, Account last) {
    Money sum = lines.stream().map(Posting::amount).reduce(Money.zero(FR.currency()), Money::plus);
    if (sum.isZero()) return null;
    List<Posting> all = new ArrayList<>(lines);
    all.add(new Posting(last, sum.negated()));
    return all;
  }
}
