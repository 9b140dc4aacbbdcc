package coop.smart.core.entity;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An entity's statutory chart as its data maps the ledger onto it: for each of the ledger's
 * account types (by name, as {@code coop.smart.core.ledger.AccountType} spells it, which this
 * package does not import) the chart's account, and for each {@link JournalKind} its code and
 * name. Read from the {@code account} and {@code journal} rows; a row
 * from a later date replaces only its own key.
 */
public record ChartOfAccounts(Map<String, ChartAccount> accounts, Map<JournalKind, ChartJournal> journals) {

  /** Rule code of the refusal to keep books for an entity whose data ships no chart. */
  public static final String NO_CHART_OF_ACCOUNTS = "NO_CHART_OF_ACCOUNTS";

  public ChartOfAccounts {
    accounts = Map.copyOf(accounts);
    journals = Map.copyOf(journals);
  }

  /** This chart with {@code changed} accounts and journals in place of its own. */
  ChartOfAccounts with(Map<String, ChartAccount> changedAccounts, Map<JournalKind, ChartJournal> changedJournals) {
    Map<String, ChartAccount> newAccounts = new TreeMap<>(accounts);
    newAccounts.putAll(changedAccounts);
    Map<JournalKind, ChartJournal> newJournals = new EnumMap<>(JournalKind.class);
    newJournals.putAll(journals);
    newJournals.putAll(changedJournals);
    return new ChartOfAccounts(newAccounts, newJournals);
  }
}
