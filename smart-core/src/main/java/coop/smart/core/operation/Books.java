package coop.smart.core.operation;

import coop.smart.core.books.JournalFormat;
import coop.smart.core.books.JournalWriter;
import coop.smart.core.books.LedgerChart;
import coop.smart.core.books.TrialBalance;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.ValidationException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entity's books for its accountants: the journal of a period exported in the entity's
 * chart, and the trial balance on a date. Reading only: exporting never changes the books.
 */
public final class Books {

  /**
   * A journal export checked and ready to write: the chart is resolved, so a refusal comes before
   * the first byte. The chart is the one in force on the period's last day.
   */
  public final class JournalExport {

    private final LocalDate from;
    private final LocalDate to;
    private final JournalFormat format;
    private final LedgerChart chart;

    private JournalExport(LocalDate from, LocalDate to, JournalFormat format, LedgerChart chart) {
      this.from = from;
      this.to = to;
      this.format = format;
      this.chart = chart;
    }

    public JournalFormat format() {
      return format;
    }

    /**
     * The file's name: for the FEC as article A47 A-1 names it, the company's registration number
     * (the entity's code while its data has none), {@code FEC} and the period's last day.
     */
    public String fileName() {
      NationalEntity entity = stores.entity();
      if (format == JournalFormat.FEC) {
        String company = entity.issuer().companyId() != null ? entity.issuer().companyId() : entity.code().value();
        return company + "FEC" + to.format(DateTimeFormatter.BASIC_ISO_DATE) + ".txt";
      }
      return "journal-" + entity.code().value() + "-" + from + "-" + to + "." + format.extension();
    }

    /** Writes the period's entries to {@code out}, streaming them from the ledger one by one. */
    public JournalWriter.Summary writeTo(OutputStream out) {
      JournalWriter writer = JournalWriter.start(format, chart, out, stores.entity().currency());
      stores.transactions().useTransaction(() -> stores.ledger().forEachEntry(from, to, writer));
      return writer.finish();
    }
  }

  private final EntityStores stores;

  public Books(EntityStores stores) {
    this.stores = stores;
  }

  /**
   * The journal from {@code from} to {@code to}, both included, in {@code format}.
   *
   * @throws ValidationException naming each missing date, and {@code to} when before {@code from}
   * @throws coop.smart.core.error.BusinessRuleException when the entity ships no chart, or an incomplete one
   */
  public JournalExport journal(LocalDate from, LocalDate to, JournalFormat format) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (from == null) errors.put("from", List.of("is required"));
    if (to == null) errors.put("to", List.of("is required"));
    if (format == null) errors.put("format", List.of("is required"));
    if (from != null && to != null && to.isBefore(from)) errors.put("to", List.of("must not be before from (" + from + "): " + to));
    if (!errors.isEmpty()) throw new ValidationException(errors);
    return new JournalExport(from, to, format, LedgerChart.of(stores.entity().chartOfAccounts(to)));
  }

  /** The trial balance in the entity's chart on {@code on}, from every entry dated on or before it. */
  public TrialBalance trialBalance(LocalDate on) {
    if (on == null) throw ValidationException.of("on", "is required");
    LedgerChart chart = LedgerChart.of(stores.entity().chartOfAccounts(on));
    return TrialBalance.of(on, stores.transactions().inTransaction(() -> stores.ledger().movements(on)), chart, stores.entity().currency());
  }
}
