package coop.smart.core.invoice;

import static coop.smart.core.invoice.InvoiceFixtures.BE;
import static coop.smart.core.invoice.InvoiceFixtures.FR;
import static coop.smart.core.invoice.InvoiceFixtures.client;
import static coop.smart.core.invoice.InvoiceFixtures.eur;
import static coop.smart.core.invoice.InvoiceFixtures.line;
import static coop.smart.core.invoice.InvoiceFixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.member.MemberId;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Issuing: what is checked before an invoice exists, and the gap-free number it then takes. */
class InvoiceTest {

  private static final LocalDate ON = LocalDate.of(2017, 3, 15);
  private static final Client BELGIAN = client(BE, "BE", ClientKind.BUSINESS, "BE0123456789");

  private final InvoiceNumbering numbering = new InMemoryInvoiceNumbering();

  private InvoiceChange issue(NationalEntity entity, InvoiceTerms terms) {
    return Invoice.issue(entity, VatArea.standard(), numbering, terms);
  }

  @Test
  void refusedInvoices_takeNoNumber_soTheSeriesHasNoGap() {
    assertThat(issue(BE, terms(BELGIAN, ON, line("Concert", "1", "100.00"))).invoice().number().sequence()).isEqualTo(1);
    assertThatThrownBy(() -> issue(BE, terms(BELGIAN, ON))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> issue(BE, terms(BELGIAN, LocalDate.of(2016, 12, 31), line("Concert", "1", "100.00"))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageStartingWith("no rules in force for BE on 2016-12-31");
    assertThat(issue(BE, terms(BELGIAN, ON, line("Concert", "1", "100.00"))).invoice().number().sequence()).isEqualTo(2);
  }

  @Test
  void missingTerms_areAllNamedAtOnce() {
    InvoiceTerms empty = new InvoiceTerms(null, null, null, null, null, null, null, null);
    assertThatThrownBy(() -> issue(BE, empty))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsOnlyKeys("client", "member", "contract", "holder", "issueDate", "lines"));
  }

  @Test
  void bothAContractAndAnActivity_isRefused() {
    InvoiceTerms both = new InvoiceTerms(BELGIAN, MemberId.random(), ContractId.next(), ActivityId.random(), null, HolderKind.INDIVIDUAL,
        ON, List.of(line("Concert", "1", "100.00")));
    assertThatThrownBy(() -> issue(BE, both))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("activity: an invoice funds one contract or one activity, not both");
  }

  @Test
  void unknownStructure_isRefusedNamingTheChoices() {
    assertThatThrownBy(() -> issue(BE, terms(BELGIAN, "SCHOOL", HolderKind.INDIVIDUAL, ON, line("Course", "1", "100.00"))))
        .isInstanceOf(ValidationException.class)
        .hasMessage("structure: 'SCHOOL' is not a structure of BE (one of [ASSOCIATED_PRODUCTIONS, TEMPORARY_WORK, TRAINING])");
  }

  @Test
  void clientOfAnotherEntity_isRefused() {
    Client french = client(FR, "FR", ClientKind.CONSUMER, null);
    assertThatThrownBy(() -> issue(BE, terms(french, ON, line("Concert", "1", "100.00"))))
        .isInstanceOf(ValidationException.class)
        .hasMessage("client: client " + french.id() + " is a client of FR, not of BE");
  }

  @Test
  void lineInAnotherCurrency_isRefusedNamingTheLine() {
    InvoiceLine inKronor = new InvoiceLine("Concert", BigDecimal.ONE, Money.of(CurrencyUnit.of("SEK"), 100));
    assertThatThrownBy(() -> issue(BE, terms(BELGIAN, ON, line("Travel", "1", "10.00"), inKronor)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("lines[1].unitPrice.currency: must be EUR, the currency of BE, not SEK");
  }

  @Test
  void invoiceOfNothing_isRefused() {
    assertThatThrownBy(() -> issue(BE, terms(BELGIAN, ON, line("Free rehearsal", "3", "0.00"))))
        .isInstanceOf(ValidationException.class)
        .hasMessage("lines: an invoice must amount to something: its lines total EUR 0.00");
  }

  @Test
  void line_refusesAZeroQuantityAndANegativePrice() {
    assertThatThrownBy(() -> new InvoiceLine(" ", BigDecimal.ZERO, eur("-1.00")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("description", "quantity", "unitPrice"));
  }

  @Test
  void activityFundedInvoice_keepsTheActivity() {
    ActivityId activity = ActivityId.random();
    InvoiceTerms terms = new InvoiceTerms(BELGIAN, MemberId.random(), null, activity, null, HolderKind.INDIVIDUAL, ON,
        List.of(line("Concert", "1", "100.00")));
    Invoice invoice = issue(BE, terms).invoice();
    assertThat(invoice.activity()).isEqualTo(activity);
    assertThat(invoice.contract()).isNull();
  }

  @Test
  void entityWithoutVatRules_isRefusedWithItsRuleCode() throws IOException {
    URL embedder = getClass().getResource("/embedder/");
    try (var loader = new URLClassLoader(new URL[] {embedder}, getClass().getClassLoader())) {
      NationalEntity luxembourg = EntityCatalog.load(loader).entity("LU");
      Client client = client(luxembourg, "LU", ClientKind.CONSUMER, null);
      assertThatThrownBy(() -> issue(luxembourg, terms(client, ON, line("Concert", "1", "100.00"))))
          .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo(NationalEntity.NO_VAT_RULES))
          .hasMessage("no VAT rules configured for LU");
    }
  }
}
