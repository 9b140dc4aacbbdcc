package coop.smart.core.books;

import static coop.smart.core.books.BookFiles.chartBalances;
import static coop.smart.core.books.BookFiles.checkFec;
import static coop.smart.core.books.BookFiles.export;
import static coop.smart.core.books.BookFiles.nonZero;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.ChartAccount;
import coop.smart.core.entity.ChartOfAccounts;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.ledger.JournalEntry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class JournalExportTest {

  private static final NationalEntity FR = EntityCatalog.standard().entity("FR");
  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final LocalDate MARCH_1 = LocalDate.of(2017, 3, 1);
  private static final LocalDate MARCH_31 = LocalDate.of(2017, 3, 31);

  /** A month of books: an invoice, its payment, a salary, a contribution to the guarantee fund, and an entry in April. */
  private static InMemoryLedger month(NationalEntity entity) {
    InMemoryLedger ledger = new InMemoryLedger(entity.code(), entity.currency());
    ledger.post(JournalEntry.on(entity.code(), LocalDate.of(2017, 3, 2), "invoice 2017-000001 | concert")
        .reference("2017-000001")
        .debit(Account.of(AccountType.CLIENT_RECEIVABLES, "client-1"), eur("1200.00"))
        .credit(Account.of(AccountType.VAT_PAYABLE), eur("200.00"))
        .credit(Account.of(AccountType.FEE_INCOME), eur("85.00"))
        .credit(Account.of(AccountType.ACTIVITY_PENDING, "activity-1"), eur("915.00")));
    ledger.post(JournalEntry.on(entity.code(), LocalDate.of(2017, 3, 20), "payment of invoice 2017-000001; thanks")
        .reference("2017-000001")
        .debit(Account.of(AccountType.BANK), eur("1200.00"))
        .credit(Account.of(AccountType.CLIENT_RECEIVABLES, "client-1"), eur("1200.00")));
    ledger.post(JournalEntry.on(entity.code(), LocalDate.of(2017, 3, 10), "salary of contract contract-1")
        .debit(Account.of(AccountType.CONTRACT_PAYROLL, "contract-1"), eur("800.00"))
        .credit(Account.of(AccountType.BANK), eur("500.00"))
        .credit(Account.of(AccountType.SOCIAL_CONTRIBUTIONS_PAYABLE), eur("200.00"))
        .credit(Account.of(AccountType.WITHHOLDING_TAX_PAYABLE), eur("100.00")));
    ledger.post(JournalEntry.on(entity.code(), MARCH_31, "contribution to the guarantee fund")
        .debit(Account.of(AccountType.FEE_INCOME), eur("10.00"))
        .credit(Account.of(AccountType.GUARANTEE_FUND), eur("10.00")));
    ledger.post(JournalEntry.on(entity.code(), LocalDate.of(2017, 4, 3), "contribution to the guarantee fund")
        .debit(Account.of(AccountType.FEE_INCOME), eur("5.00"))
        .credit(Account.of(AccountType.GUARANTEE_FUND), eur("5.00")));
    return ledger;
  }

  @Test
  void fec_ofAMonth_listsItsEntriesByDate_inThePcg_oneJournalEach() {
    InMemoryLedger ledger = month(FR);
    JournalEntry invoice = ledger.entries().get(0);
    JournalEntry salary = ledger.entries().get(2);

    String fec = new String(export(ledger, FR, JournalFormat.FEC, MARCH_1, MARCH_31), JournalFormat.FEC.charset());

    assertThat(fec.split("\r\n")).containsExactly(
        "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit"
            + "|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise",
        "VT|Ventes|1|20170302|411|Clients|client-1|Clients client-1|2017-000001|20170302|invoice 2017-000001   concert|1200,00|0,00||"
            + "|20170302||",
        "VT|Ventes|1|20170302|44571|TVA collectée|||2017-000001|20170302|invoice 2017-000001   concert|0,00|200,00|||20170302||",
        "VT|Ventes|1|20170302|706|Prestations de services|||2017-000001|20170302|invoice 2017-000001   concert|0,00|85,00|||20170302||",
        "VT|Ventes|1|20170302|4671|Autres comptes créditeurs - Chiffre d'affaires des activités à encaisser|activity-1"
            + "|Autres comptes créditeurs - Chiffre d'affaires des activités à encaisser activity-1|2017-000001|20170302"
            + "|invoice 2017-000001   concert|0,00|915,00|||20170302||",
        "PA|Paie|1|20170310|421|Personnel - Rémunérations dues|contract-1|Personnel - Rémunérations dues contract-1|" + salary.id()
            + "|20170310|salary of contract contract-1|800,00|0,00|||20170310||",
        "PA|Paie|1|20170310|512|Banques|||" + salary.id() + "|20170310|salary of contract contract-1|0,00|500,00|||20170310||",
        "PA|Paie|1|20170310|431|Sécurité sociale|||" + salary.id() + "|20170310|salary of contract contract-1|0,00|200,00|||20170310||",
        "PA|Paie|1|20170310|442|État - Impôts et taxes recouvrables sur des tiers|||" + salary.id()
            + "|20170310|salary of contract contract-1|0,00|100,00|||20170310||",
        "BQ|Banque|1|20170320|512|Banques|||2017-000001|20170320|payment of invoice 2017-000001; thanks|1200,00|0,00|||20170320||",
        "BQ|Banque|1|20170320|411|Clients|client-1|Clients client-1|2017-000001|20170320|payment of invoice 2017-000001; thanks|0,00|1200,00"
            + "|||20170320||",
        "OD|Opérations diverses|1|20170331|706|Prestations de services|||" + ledger.entries().get(3).id()
            + "|20170331|contribution to the guarantee fund|10,00|0,00|||20170331||",
        "OD|Opérations diverses|1|20170331|1068|Autres réserves|||" + ledger.entries().get(3).id()
            + "|20170331|contribution to the guarantee fund|0,00|10,00|||20170331||");
    assertThat(invoice.reference()).isEqualTo("2017-000001");
    checkFec(fec.getBytes(JournalFormat.FEC.charset()));
  }

  @Test
  void fec_ofTheYear_givesBackTheLedgersTrialBalance_andTheSameBytesTwice() {
    InMemoryLedger ledger = month(FR);
    LocalDate from = LocalDate.of(2017, 1, 1);
    LocalDate to = LocalDate.of(2017, 12, 31);

    byte[] first = export(ledger, FR, JournalFormat.FEC, from, to);

    assertThat(nonZero(checkFec(first))).isEqualTo(nonZero(chartBalances(ledger.trialBalance(), LedgerChart.of(FR.chartOfAccounts(to)))));
    assertThat(export(ledger, FR, JournalFormat.FEC, from, to)).isEqualTo(first);
  }

  @Test
  void fec_from2019_namesWithholdingTaxInTheAccountOfTheWithholdingAtSource() {
    assertThat(LedgerChart.of(FR.chartOfAccounts(LocalDate.of(2019, 1, 1))).account(AccountType.WITHHOLDING_TAX_PAYABLE).number())
        .isEqualTo("4421");
  }

  @Test
  void csv_inThePcmn_quotesTextsHoldingItsSeparator() {
    InMemoryLedger ledger = month(BE);

    String csv = new String(export(ledger, BE, JournalFormat.CSV, LocalDate.of(2017, 3, 20), LocalDate.of(2017, 3, 20)), StandardCharsets.UTF_8);

    assertThat(csv.split("\r\n")).containsExactly(
        "Journal;EntryNumber;Date;Account;AccountName;Auxiliary;AuxiliaryName;Document;Description;Debit;Credit",
        "FIN;1;2017-03-20;550;Établissements de crédit : comptes courants;;;2017-000001;\"payment of invoice 2017-000001; thanks\";1200,00;0,00",
        "FIN;1;2017-03-20;400;Clients;client-1;Clients client-1;2017-000001;\"payment of invoice 2017-000001; thanks\";0,00;1200,00");
  }

  @Test
  void trialBalance_onADate_sumsEachGeneralAccount_toBalancesAddingUpToZero() {
    InMemoryLedger ledger = month(BE);

    TrialBalance trial = TrialBalance.of(MARCH_31, ledger.movements(MARCH_31), LedgerChart.of(BE.chartOfAccounts(MARCH_31)), BE.currency());

    assertThat(trial.lines()).extracting(line -> line.account().number() + " " + line.movements().debit().getAmount() + " "
        + line.movements().credit().getAmount() + " " + line.balance().getAmount()).containsExactly(
        "133 0.00 10.00 -10.00",
        "400 1200.00 1200.00 0.00",
        "451 0.00 200.00 -200.00",
        "453 0.00 100.00 -100.00",
        "454 0.00 200.00 -200.00",
        "455 800.00 0.00 800.00",
        "4891 0.00 915.00 -915.00",
        "550 1200.00 500.00 700.00",
        "705 10.00 85.00 -75.00");
    assertThat(trial.total().debit()).isEqualTo(eur("3210.00")).isEqualTo(trial.total().credit());
    assertThat(trial.total().balance().isZero()).isTrue();
  }

  @Test
  void journalRule_sortsEntries_payrollBeforeBank_salesOnlyWithReceivablesAndVatOrFee() {
    assertThat(month(BE).entries().stream().map(entry -> LedgerChart.kind(entry.postings()).name()).toList())
        .containsExactly("SALES", "BANK", "PAYROLL", "MISC", "MISC");
  }

  @Test
  void chart_leavingOutAnAccountType_isRefusedNamingIt() {
    ChartOfAccounts chart = BE.chartOfAccounts(MARCH_31);
    Map<String, ChartAccount> accounts = new HashMap<>(chart.accounts());
    accounts.remove("BANK");
    accounts.put("SAVINGS", ChartAccount.parse("551 Livrets"));

    assertThatThrownBy(() -> LedgerChart.of(new ChartOfAccounts(accounts, chart.journals())))
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo(LedgerChart.CHART_INCOMPLETE))
        .hasMessageContaining("it lacks [BANK]").hasMessageContaining("[SAVINGS]");
  }

  private static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }
}
