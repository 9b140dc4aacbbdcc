package coop.smart.core.books;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.NationalEntity;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.Ledger;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.joda.money.Money;

/** Exports a ledger's journal as the export operation does, and reads the file back as an accountant's tool would. */
public final class BookFiles {

  private BookFiles() {
  }

  /** The journal of {@code from}..{@code to} in {@code format}, in the chart {@code entity} has on {@code to}. */
  public static byte[] export(Ledger ledger, NationalEntity entity, JournalFormat format, LocalDate from, LocalDate to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JournalWriter writer = JournalWriter.start(format, LedgerChart.of(entity.chartOfAccounts(to)), out, entity.currency());
    ledger.forEachEntry(from, to, writer);
    writer.finish();
    return out.toByteArray();
  }

  /** The file's lines, header first, each split into its fields (no field of the files read here is quoted). */
  public static List<String[]> rows(byte[] file, JournalFormat format) {
    String text = new String(file, format.charset());
    assertThat(text).endsWith("\r\n");
    List<String[]> rows = new ArrayList<>();
    for (String line : text.substring(0, text.length() - 2).split("\r\n", -1)) rows.add(line.split(Pattern.quote(format.separator()), -1));
    return rows;
  }

  /** A file's amount: a decimal comma, no sign. */
  public static BigDecimal amount(String text) {
    assertThat(text).matches("\\d+,\\d{2}");
    return new BigDecimal(text.replace(',', '.'));
  }

  /**
   * Checks what every FEC must hold: the exact header, 18 fields a line, each entry (journal and
   * number) balanced, each journal's entries numbered 1, 2, 3… in the order they come, dates as
   * YYYYMMDD. Answers the balance (debit less credit) of each account and auxiliary, "411/client".
   */
  public static Map<String, BigDecimal> checkFec(byte[] file) {
    List<String[]> rows = rows(file, JournalFormat.FEC);
    assertThat(String.join("|", rows.get(0))).isEqualTo("JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum"
        + "|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise");
    Map<String, BigDecimal> entryBalances = new LinkedHashMap<>();
    Map<String, Long> lastNumbers = new HashMap<>();
    Map<String, BigDecimal> accounts = new TreeMap<>();
    String previous = null;
    for (String[] row : rows.subList(1, rows.size())) {
      assertThat(row).hasSize(18);
      assertThat(row[3]).matches("\\d{8}");
      assertThat(row[15]).isEqualTo(row[3]);
      String entry = row[0] + "#" + row[2];
      if (!entry.equals(previous)) {
        assertThat(entryBalances).as("an entry's lines come together").doesNotContainKey(entry);
        long number = Long.parseLong(row[2]);
        assertThat(number).as("numbering of journal " + row[0]).isEqualTo(lastNumbers.getOrDefault(row[0], 0L) + 1);
        lastNumbers.put(row[0], number);
        previous = entry;
      }
      BigDecimal movement = amount(row[11]).subtract(amount(row[12]));
      assertThat(amount(row[11]).signum() == 0 || amount(row[12]).signum() == 0).as("a line is a debit or a credit").isTrue();
      entryBalances.merge(entry, movement, BigDecimal::add);
      accounts.merge(row[6].isEmpty() ? row[4] : row[4] + "/" + row[6], movement, BigDecimal::add);
    }
    entryBalances.forEach((entry, balance) -> assertThat(balance).as("balance of entry " + entry).isZero());
    return accounts;
  }

  /** The ledger's trial balance in the chart's numbers, "411/client" → balance, leaving out accounts at zero. */
  public static Map<String, BigDecimal> chartBalances(Map<Account, Money> trialBalance, LedgerChart chart) {
    Map<String, BigDecimal> balances = new TreeMap<>();
    trialBalance.forEach((account, balance) -> {
      BookAccount book = chart.account(account);
      balances.merge(book.auxiliary() == null ? book.general().number() : book.general().number() + "/" + book.auxiliary(),
          balance.getAmount(), BigDecimal::add);
    });
    return balances;
  }

  /** {@code balances} without the zeros. */
  public static Map<String, BigDecimal> nonZero(Map<String, BigDecimal> balances) {
    Map<String, BigDecimal> nonZero = new TreeMap<>();
    balances.forEach((account, balance) -> {
      if (balance.signum() != 0) nonZero.put(account, balance.stripTrailingZeros());
    });
    return nonZero;
  }
}
