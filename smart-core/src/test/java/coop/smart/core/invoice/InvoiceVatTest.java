package coop.smart.core.invoice;

import static coop.smart.core.invoice.InvoiceFixtures.BE;
import static coop.smart.core.invoice.InvoiceFixtures.FR;
import static coop.smart.core.invoice.InvoiceFixtures.client;
import static coop.smart.core.invoice.InvoiceFixtures.eur;
import static coop.smart.core.invoice.InvoiceFixtures.issue;
import static coop.smart.core.invoice.InvoiceFixtures.line;
import static coop.smart.core.invoice.InvoiceFixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.entity.ExplainedFigure;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.RuleRow;
import coop.smart.core.entity.VatDecision;
import coop.smart.core.entity.VatTreatment;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R8 and R1 on invoices computed by hand: each VAT case, lines with quantities, half-up rounding. */
class InvoiceVatTest {

  private static final LocalDate MARCH_15 = LocalDate.of(2017, 3, 15);

  @Test
  void belgianBusiness_paysTheStandardRate_onLinesRoundedHalfUp() {
    Client client = client(BE, "BE", ClientKind.BUSINESS, "BE0123456789");
    Invoice invoice = issue(BE, terms(client, MARCH_15, line("Workshop facilitation, hours", "7.5", "45.55"),
        line("Sound engineering, days", "3", "333.33"))).invoice();

    assertThat(invoice.lines()).extracting(InvoiceLine::total).containsExactly(eur("341.63"), eur("999.99")); // 341.625 rounds up
    assertThat(invoice.net()).isEqualTo(eur("1341.62"));
    assertThat(invoice.vatDecision()).isEqualTo(new VatDecision(VatTreatment.STANDARD, Rate.parse("0.21"), null));
    assertThat(invoice.vat()).isEqualTo(eur("281.74")); // 281.7402
    assertThat(invoice.total()).isEqualTo(eur("1623.36"));
    assertThat(invoice.fee().fee()).isEqualTo(eur("87.21")); // 6.5% of 1,341.62 = 87.2053
    assertThat(invoice.number().toString()).isEqualTo("BE-2017-000001");
    assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2017, 4, 14));
    assertThat(invoice.client()).isEqualTo(client.id());
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
    assertThat(invoice.outstanding()).isEqualTo(eur("1623.36"));
  }

  @Test
  void frenchBusinessWithAVatNumber_isReverseCharged() {
    Invoice invoice = issue(BE, terms(client(BE, "FR", ClientKind.BUSINESS, "FR40303265045"), MARCH_15,
        line("Stage design, days", "2.5", "480.00"), line("Materials", "1", "37.45"))).invoice();

    assertThat(invoice.vatDecision().treatment()).isEqualTo(VatTreatment.REVERSE_CHARGE);
    assertThat(invoice.vatDecision().mention()).startsWith("Reverse charge (Autoliquidation)");
    assertThat(invoice.net()).isEqualTo(eur("1237.45"));
    assertThat(invoice.vat()).isEqualTo(eur("0.00"));
    assertThat(invoice.total()).isEqualTo(eur("1237.45"));
    assertThat(invoice.fee().fee()).isEqualTo(eur("80.43")); // 80.43425
  }

  @Test
  void frenchBusinessWithABelgianVatNumber_paysTheStandardRate() {
    Invoice invoice = issue(BE, terms(client(BE, "FR", ClientKind.BUSINESS, "BE0123456789"), MARCH_15,
        line("Stage design, days", "1", "1000.00"))).invoice();

    assertThat(invoice.vatDecision()).isEqualTo(new VatDecision(VatTreatment.STANDARD, Rate.parse("0.21"), null));
    assertThat(invoice.total()).isEqualTo(eur("1210.00"));
  }

  @Test
  void greekBusinessWithAnElVatNumber_isReverseCharged() {
    Invoice invoice = issue(BE, terms(client(BE, "GR", ClientKind.BUSINESS, "EL094019245"), MARCH_15,
        line("Stage design, days", "1", "1000.00"))).invoice();

    assertThat(invoice.vatDecision().treatment()).isEqualTo(VatTreatment.REVERSE_CHARGE);
    assertThat(invoice.total()).isEqualTo(eur("1000.00"));
  }

  @Test
  void explanation_citesTheVatRowsOfTheTreatment_andTheFeeRow() {
    Invoice invoice = issue(BE, terms(client(BE, "BE", ClientKind.BUSINESS, "BE0123456789"), "TRAINING", HolderKind.INDIVIDUAL, MARCH_15,
        line("Training, hours", "6", "62.50"))).invoice();
    List<ExplainedFigure> explanation = invoice.explanation(BE);
    assertThat(explanation).extracting(ExplainedFigure::figure, ExplainedFigure::computation).containsExactly(
        tuple("line 1", "half-up(6 × 62.50) = 375.00"), tuple("net", "375.00 = 375.00"), tuple("vat", "half-up(375.00 × 0) = 0.00"),
        tuple("total", "375.00 + 0.00 = 375.00"), tuple("fee", "half-up(375.00 × 0.065) = 24.38"));
    assertThat(explanation.get(2).rules()).extracting(RuleRow::key).containsExactly("exemptStructures", "exemptMention");
    assertThat(explanation.get(4).computation()).isEqualTo("half-up(375.00 × 0.065) = 24.38");
    assertThat(explanation.get(4).value()).isEqualTo(invoice.fee().fee());
  }

  @Test
  void clientOutsideTheEu_paysNoEuVat() {
    Invoice invoice = issue(BE, terms(client(BE, "US", ClientKind.BUSINESS, null), MARCH_15,
        line("Mixing, hours", "1.125", "19.99"), line("Stems", "10", "12.34"))).invoice();

    assertThat(invoice.lines()).extracting(InvoiceLine::total).containsExactly(eur("22.49"), eur("123.40")); // 22.48875
    assertThat(invoice.vatDecision().treatment()).isEqualTo(VatTreatment.OUTSIDE_EU);
    assertThat(invoice.vatDecision().mention()).isEqualTo("VAT not applicable: services to a client established outside the European Union");
    assertThat(invoice.total()).isEqualTo(eur("145.89"));
    assertThat(invoice.fee().fee()).isEqualTo(eur("9.48")); // 9.48285
  }

  @Test
  void belgianTrainingStructure_isExempt_evenForABelgianClient() {
    Invoice invoice = issue(BE, terms(client(BE, "BE", ClientKind.BUSINESS, "BE0123456789"), "TRAINING", HolderKind.INDIVIDUAL, MARCH_15,
        line("Training, hours", "6", "62.50"))).invoice();

    assertThat(invoice.structure()).isEqualTo("TRAINING");
    assertThat(invoice.vatDecision().treatment()).isEqualTo(VatTreatment.EXEMPT);
    assertThat(invoice.vatDecision().mention()).contains("article 44 of the Belgian VAT Code");
    assertThat(invoice.total()).isEqualTo(eur("375.00"));
    assertThat(invoice.fee().fee()).isEqualTo(eur("24.38")); // 24.375 rounds up
  }

  @Test
  void otherBelgianStructure_paysTheStandardRate() {
    InvoiceTerms production = terms(client(BE, "BE", ClientKind.CONSUMER, null), "ASSOCIATED_PRODUCTIONS", HolderKind.INDIVIDUAL, MARCH_15,
        line("Concert", "1", "100.00"));
    assertThat(issue(BE, production).invoice().vat()).isEqualTo(eur("21.00"));
  }

  @Test
  void euConsumer_paysTheEntitysStandardRate() {
    Invoice invoice = issue(BE, terms(client(BE, "DE", ClientKind.CONSUMER, null), MARCH_15, line("Portrait", "1", "99.99"))).invoice();

    assertThat(invoice.vatDecision().treatment()).isEqualTo(VatTreatment.STANDARD);
    assertThat(invoice.vat()).isEqualTo(eur("21.00")); // 20.9979
    assertThat(invoice.total()).isEqualTo(eur("120.99"));
    assertThat(invoice.fee().fee()).isEqualTo(eur("6.50")); // 6.4994
  }

  @Test
  void euBusinessWithoutAVatNumber_paysTheEntitysStandardRate() {
    Invoice invoice = issue(BE, terms(client(BE, "NL", ClientKind.BUSINESS, null), MARCH_15, line("Portrait", "1", "99.99"))).invoice();
    assertThat(invoice.vatDecision().treatment()).isEqualTo(VatTreatment.STANDARD);
    assertThat(invoice.vat()).isEqualTo(eur("21.00"));
  }

  @Test
  void britishBusiness_isReverseChargedIn2020_andOutsideTheEuFrom2021() {
    Client british = client(BE, "GB", ClientKind.BUSINESS, "GB123456789");
    Invoice december = issue(BE, terms(british, LocalDate.of(2020, 12, 31), line("Tour management", "1", "1000.00"))).invoice();
    Invoice january = issue(BE, terms(british, LocalDate.of(2021, 1, 4), line("Tour management", "1", "1000.00"))).invoice();

    assertThat(december.vatDecision().treatment()).isEqualTo(VatTreatment.REVERSE_CHARGE);
    assertThat(january.vatDecision().treatment()).isEqualTo(VatTreatment.OUTSIDE_EU);
    assertThat(december.total()).isEqualTo(eur("1000.00"));
    assertThat(january.total()).isEqualTo(eur("1000.00"));
  }

  @Test
  void france_chargesItsOwnRate_andItsFeeByHolderKind() {
    Client consumer = client(FR, "FR", ClientKind.CONSUMER, null);
    InvoiceLine illustrations = line("Illustrations", "3", "133.33");

    Invoice byIndividual = issue(FR, terms(consumer, null, HolderKind.INDIVIDUAL, MARCH_15, illustrations)).invoice();
    assertThat(byIndividual.number().toString()).isEqualTo("FR-2017-000001");
    assertThat(byIndividual.net()).isEqualTo(eur("399.99"));
    assertThat(byIndividual.vat()).isEqualTo(eur("80.00")); // 79.998
    assertThat(byIndividual.total()).isEqualTo(eur("479.99"));
    assertThat(byIndividual.fee().fee()).isEqualTo(eur("34.00")); // 8.5%: 33.99915
    assertThat(issue(FR, terms(consumer, null, HolderKind.LEGAL_PERSON, MARCH_15, illustrations)).invoice().fee().fee()).isEqualTo(eur("26.00")); // 6.5%: 25.99935
  }

  @Test
  void belgianBusinessOfAFrenchEntity_isReverseChargedWithTheFrenchMention() {
    Invoice invoice = issue(FR, terms(client(FR, "BE", ClientKind.BUSINESS, "BE0123456789"), MARCH_15, line("Show", "1", "500.00"))).invoice();
    assertThat(invoice.vatDecision().treatment()).isEqualTo(VatTreatment.REVERSE_CHARGE);
    assertThat(invoice.vat()).isEqualTo(eur("0.00"));
    assertThat(invoice.fee().fee()).isEqualTo(eur("42.50"));
  }
}
