package coop.smart.core.books;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.ChartOfAccounts;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.ledger.AccountType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped charts: every account type mapped where an entity has a chart, to the statutory chart's numbers. */
class ChartOfAccountsDataTest {

  private static final EntityCatalog CATALOG = EntityCatalog.standard();
  private static final LocalDate ON = LocalDate.of(2017, 7, 14);

  @Test
  void belgium_mapsEachAccountType_toThePcmn() {
    assertThat(numbers("BE", ON)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry(AccountType.BANK, "550"),
        Map.entry(AccountType.CLIENT_RECEIVABLES, "400"),
        Map.entry(AccountType.CLIENT_CREDITS, "4892"),
        Map.entry(AccountType.VAT_PAYABLE, "451"),
        Map.entry(AccountType.FEE_INCOME, "705"),
        Map.entry(AccountType.CONTRACT_PAYROLL, "455"),
        Map.entry(AccountType.SOCIAL_CONTRIBUTIONS_PAYABLE, "454"),
        Map.entry(AccountType.WITHHOLDING_TAX_PAYABLE, "453"),
        Map.entry(AccountType.ACTIVITY_PENDING, "4891"),
        Map.entry(AccountType.ACTIVITY_BUDGET, "4890"),
        Map.entry(AccountType.GUARANTEE_FUND, "133"),
        Map.entry(AccountType.GUARANTEE_ADVANCES, "4160"),
        Map.entry(AccountType.BAD_DEBTS, "642"),
        Map.entry(AccountType.LEASE_RECEIVABLES, "4161"),
        Map.entry(AccountType.LEASE_INTEREST_INCOME, "751")));
  }

  @Test
  void france_mapsEachAccountType_toThePcg() {
    assertThat(numbers("FR", ON)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry(AccountType.BANK, "512"),
        Map.entry(AccountType.CLIENT_RECEIVABLES, "411"),
        Map.entry(AccountType.CLIENT_CREDITS, "4197"),
        Map.entry(AccountType.VAT_PAYABLE, "44571"),
        Map.entry(AccountType.FEE_INCOME, "706"),
        Map.entry(AccountType.CONTRACT_PAYROLL, "421"),
        Map.entry(AccountType.SOCIAL_CONTRIBUTIONS_PAYABLE, "431"),
        Map.entry(AccountType.WITHHOLDING_TAX_PAYABLE, "442"),
        Map.entry(AccountType.ACTIVITY_PENDING, "4671"),
        Map.entry(AccountType.ACTIVITY_BUDGET, "4672"),
        Map.entry(AccountType.GUARANTEE_FUND, "1068"),
        Map.entry(AccountType.GUARANTEE_ADVANCES, "4673"),
        Map.entry(AccountType.BAD_DEBTS, "654"),
        Map.entry(AccountType.LEASE_RECEIVABLES, "4674"),
        Map.entry(AccountType.LEASE_INTEREST_INCOME, "763")));
    assertThat(numbers("FR", LocalDate.of(2019, 1, 1))).containsEntry(AccountType.WITHHOLDING_TAX_PAYABLE, "4421");
  }

  @Test
  void everyEntityWithAChart_mapsEveryAccountType_toItsOwnAccount_theOthersRefuseToKeepBooks() {
    for (NationalEntity entity : CATALOG.entities()) {
      if (entity.chart() == null) {
        assertThatThrownBy(() -> entity.chartOfAccounts(ON)).as(entity.toString())
            .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo(ChartOfAccounts.NO_CHART_OF_ACCOUNTS))
            .hasMessageContaining("its embedder ships one");
        continue;
      }
      entity.chart().rows().forEach(row -> {
        LedgerChart chart = LedgerChart.of(row.value());
        assertThat(Arrays.stream(AccountType.values()).map(type -> chart.account(type).number()).distinct())
            .as("each account type of %s its own account from %s", entity, row.from()).hasSize(AccountType.values().length);
      });
    }
    assertThat(CATALOG.entities().stream().filter(entity -> entity.chart() != null).map(entity -> entity.code().value()))
        .containsExactlyInAnyOrder("BE", "FR");
  }

  private static Map<AccountType, String> numbers(String entity, LocalDate on) {
    LedgerChart chart = LedgerChart.of(CATALOG.entity(EntityCode.of(entity)).chartOfAccounts(on));
    Map<AccountType, String> numbers = new EnumMap<>(AccountType.class);
    for (AccountType type : AccountType.values()) numbers.put(type, chart.account(type).number());
    return numbers;
  }
}
