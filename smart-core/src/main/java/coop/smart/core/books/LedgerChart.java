package coop.smart.core.books;

import coop.smart.core.entity.ChartAccount;
import coop.smart.core.entity.ChartJournal;
import coop.smart.core.entity.ChartOfAccounts;
import coop.smart.core.entity.JournalKind;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Posting;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ledger seen through an entity's chart of accounts: each account type's statutory account,
 * and the journal each entry goes to. An entry goes to the first journal that fits: PAYROLL when
 * it posts to social contributions or withholding tax (a salary), BANK when it moves the bank
 * account, SALES when it posts to a client's receivables with VAT or the fee (an invoice or a
 * credit note), MISC otherwise.
 */
public final class LedgerChart {

  /** Rule code of the refusal to export books whose chart leaves an account type out or names one the ledger lacks. */
  public static final String CHART_INCOMPLETE = "CHART_INCOMPLETE";

  private final Map<AccountType, ChartAccount> accounts = new EnumMap<>(AccountType.class);
  private final Map<JournalKind, ChartJournal> journals;

  private LedgerChart(Map<AccountType, ChartAccount> accounts, Map<JournalKind, ChartJournal> journals) {
    this.accounts.putAll(accounts);
    this.journals = Map.copyOf(journals);
  }

  /**
   * The chart's mapping of the ledger.
   *
   * @throws BusinessRuleException when the chart leaves out one of the ledger's account types or a
   *     journal, or names an account type the ledger does not have
   */
  public static LedgerChart of(ChartOfAccounts chart) {
    Set<String> missing = new TreeSet<>();
    Map<AccountType, ChartAccount> accounts = new EnumMap<>(AccountType.class);
    for (AccountType type : AccountType.values()) {
      ChartAccount account = chart.accounts().get(type.name());
      if (account == null) missing.add(type.name());
      else accounts.put(type, account);
    }
    for (JournalKind kind : JournalKind.values()) {
      if (!chart.journals().containsKey(kind)) missing.add("journal " + kind);
    }
    Set<String> unknown = new TreeSet<>(chart.accounts().keySet());
    unknown.removeAll(Arrays.stream(AccountType.values()).map(Enum::name).toList());
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new BusinessRuleException(CHART_INCOMPLETE, "the chart of accounts must map each of the ledger's accounts and journals"
          + (missing.isEmpty() ? "" : "; it lacks " + missing) + (unknown.isEmpty() ? "" : "; it names account types the ledger does not have: " + unknown));
    }
    return new LedgerChart(accounts, chart.journals());
  }

  /** The statutory account of an account type. */
  public ChartAccount account(AccountType type) {
    return accounts.get(type);
  }

  /** A ledger account as the books show it, a party's account as an auxiliary of its general account. */
  public BookAccount account(Account account) {
    ChartAccount general = account(account.type());
    return account.subject() == null ? new BookAccount(general, null, null)
        : new BookAccount(general, account.subject(), general.name() + " " + account.subject());
  }

  /** The journal {@code entry} goes to, by the rule above. */
  public ChartJournal journal(JournalEntry entry) {
    return journals.get(kind(entry.postings()));
  }

  static JournalKind kind(List<Posting> postings) {
    Set<AccountType> types = new TreeSet<>();
    for (Posting posting : postings) types.add(posting.account().type());
    if (types.contains(AccountType.SOCIAL_CONTRIBUTIONS_PAYABLE) || types.contains(AccountType.WITHHOLDING_TAX_PAYABLE)) return JournalKind.PAYROLL;
    if (types.contains(AccountType.BANK)) return JournalKind.BANK;
    if (types.contains(AccountType.CLIENT_RECEIVABLES) && (types.contains(AccountType.VAT_PAYABLE) || types.contains(AccountType.FEE_INCOME))) {
      return JournalKind.SALES;
    }
    return JournalKind.MISC;
  }
}
