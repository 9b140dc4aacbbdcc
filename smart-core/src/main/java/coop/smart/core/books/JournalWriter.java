package coop.smart.core.books;

import coop.smart.core.entity.ChartJournal;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Movements;
import coop.smart.core.ledger.Posting;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Writes the journal in a {@link JournalFormat} as the entries come, one at a time, keeping only
 * each journal's last number and the running totals; {@link #finish()} flushes and answers what
 * was written.
 */
public final class JournalWriter implements Consumer<JournalEntry> {

  /** What an export wrote: entries, lines, and the debits and credits of its lines, which are equal. */
  public record Summary(long entries, long lines, Movements totals) {
  }

  private final JournalFormat format;
  private final LedgerChart chart;
  private final Writer out;
  private final Map<String, Long> lastNumbers = new HashMap<>();
  private long entries;
  private long lines;
  private Movements totals;

  private JournalWriter(JournalFormat format, LedgerChart chart, Writer out, CurrencyUnit currency) {
    this.format = format;
    this.chart = chart;
    this.out = out;
    this.totals = new Movements(Money.zero(currency), Money.zero(currency));
  }

  /** A writer to {@code out} that has written the header line. */
  public static JournalWriter start(JournalFormat format, LedgerChart chart, OutputStream out, CurrencyUnit currency) {
    JournalWriter writer = new JournalWriter(format, chart, new BufferedWriter(new OutputStreamWriter(out, format.charset()), 1 << 16), currency);
    writer.write(format.header());
    return writer;
  }

  @Override
  public void accept(JournalEntry entry) {
    ChartJournal journal = chart.journal(entry);
    long number = lastNumbers.merge(journal.code(), 1L, Long::sum);
    String document = entry.reference() != null ? entry.reference() : entry.id().toString();
    for (Posting posting : entry.postings()) {
      Movements movements = Movements.of(posting);
      write(format.line(new BookLine(journal, number, entry.date(), chart.account(posting.account()), document, entry.description(),
          movements.debit(), movements.credit())));
      totals = totals.plus(movements);
      lines++;
    }
    entries++;
  }

  /** Flushes what is written; the stream stays open. */
  public Summary finish() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Summary(entries, lines, totals);
  }

  private void write(String line) {
    try {
      out.write(line);
      out.write(JournalFormat.LINE_END);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
