package coop.smart.core.invoice;

import static coop.smart.core.invoice.InvoiceFixtures.BE;
import static coop.smart.core.invoice.InvoiceFixtures.client;
import static coop.smart.core.invoice.InvoiceFixtures.eur;
import static coop.smart.core.invoice.InvoiceFixtures.issue;
import static coop.smart.core.invoice.InvoiceFixtures.line;
import static coop.smart.core.invoice.InvoiceFixtures.terms;
import static coop.smart.core.invoice.InvoiceFixtures.thousandEuros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.client.ClientKind;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Payments and credit notes on a Belgian invoice of 1,000.00 + 210.00 VAT = 1,210.00, fee 65.00. */
class InvoiceSettlementTest {

  private static final LocalDate APRIL_1 = LocalDate.of(2017, 4, 1);

  private final Invoice invoice = thousandEuros();

  @Test
  void partialThenFullPayment() {
    Invoice partly = invoice.pay(APRIL_1, eur("500.00")).invoice();
    assertThat(partly.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    assertThat(partly.paid()).isEqualTo(eur("500.00"));
    assertThat(partly.outstanding()).isEqualTo(eur("710.00"));

    Invoice paid = partly.pay(APRIL_1.plusDays(10), eur("710.00")).invoice();
    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(paid.outstanding()).isEqualTo(eur("0.00"));
    assertThat(paid.payments()).containsExactly(new Payment(APRIL_1, eur("500.00")), new Payment(APRIL_1.plusDays(10), eur("710.00")));
  }

  /** What a client owed on a day, as a balance sheet at that day counts it. */
  @Test
  void whatWasOwedOnADay_deductsThePaymentsAndCreditNotesMadeByThen_andIsNothingOnceWrittenOff() {
    Invoice credited = invoice.pay(APRIL_1, eur("500.00")).invoice().credit(APRIL_1.plusDays(5), eur("110.00")).invoice();
    assertThat(credited.outstandingOn(APRIL_1.minusDays(1))).isEqualTo(eur("1210.00"));
    assertThat(credited.outstandingOn(APRIL_1)).isEqualTo(eur("710.00"));
    assertThat(credited.outstandingOn(APRIL_1.plusDays(5))).isEqualTo(eur("600.00")).isEqualTo(credited.outstanding());
    Invoice writtenOff = credited.writeOff(APRIL_1.plusDays(30));
    assertThat(writtenOff.outstandingOn(APRIL_1.plusDays(29))).isEqualTo(eur("600.00"));
    assertThat(writtenOff.outstandingOn(APRIL_1.plusDays(30))).isEqualTo(eur("0.00"));
  }

  @Test
  void aWrittenOffInvoice_isNeitherCreditedNorWrittenOffAgain() {
    Invoice writtenOff = invoice.writeOff(APRIL_1);
    assertThatThrownBy(() -> writtenOff.credit(APRIL_1, eur("10.00")))
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo(Invoice.WRITTEN_OFF))
        .hasMessageEndingWith("was written off on 2017-04-01");
    assertThatThrownBy(() -> writtenOff.writeOff(APRIL_1.plusDays(1))).hasMessageEndingWith("was written off on 2017-04-01");
  }

  @Test
  void overpayment_isRefusedNamingTheAmounts_andChangesNothing() {
    Invoice partly = invoice.pay(APRIL_1, eur("500.00")).invoice();
    assertThatThrownBy(() -> partly.pay(APRIL_1, eur("710.01")))
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo(Invoice.PAYMENT_EXCEEDS_OUTSTANDING))
        .hasMessage("amount: a payment of EUR 710.01 exceeds the EUR 710.00 still due on invoice BE-2017-000001"
            + " (total EUR 1210.00, paid EUR 500.00, credited EUR 0.00)");
    assertThat(partly.payments()).hasSize(1);
    assertThat(partly.outstanding()).isEqualTo(eur("710.00"));
  }

  @Test
  void paymentsThatAreNotMoney_areRefusedNamingTheField() {
    assertThatThrownBy(() -> invoice.pay(APRIL_1, eur("0.00"))).isInstanceOf(ValidationException.class).hasMessage("amount: must be greater than 0: EUR 0.00");
    assertThatThrownBy(() -> invoice.pay(APRIL_1, Money.of(CurrencyUnit.USD, 10)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("amount.currency: must be EUR, the currency of invoice BE-2017-000001, not USD");
    assertThatThrownBy(() -> invoice.pay(LocalDate.of(2017, 3, 14), eur("10.00")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("paidOn: must not be before invoice BE-2017-000001 was issued on 2017-03-15: 2017-03-14");
  }

  @Test
  void partialCreditNote_givesBackVatAndFeeInProportion() {
    Invoice credited = invoice.credit(APRIL_1, eur("121.00")).invoice();
    assertThat(credited.creditNotes()).containsExactly(new CreditNote(APRIL_1, eur("100.00"), eur("21.00"), eur("6.50")));
    assertThat(credited.credited()).isEqualTo(eur("121.00"));
    assertThat(credited.outstanding()).isEqualTo(eur("1089.00"));
    assertThat(credited.status()).isEqualTo(InvoiceStatus.ISSUED);
  }

  @Test
  void fullCreditNote_givesBackTheWholeInvoice() {
    Invoice credited = invoice.credit(APRIL_1, eur("1210.00")).invoice();
    assertThat(credited.creditNotes()).containsExactly(new CreditNote(APRIL_1, eur("1000.00"), eur("210.00"), eur("65.00")));
    assertThat(credited.status()).isEqualTo(InvoiceStatus.CREDITED);
    assertThatThrownBy(() -> credited.pay(APRIL_1, eur("0.01")))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("exceeds the EUR 0.00 still due");
  }

  @Test
  void creditNotesInThirds_giveBackExactlyTheFee_notThreeRoundedThirds() {
    // 99.99 + 21.00 VAT = 120.99, fee 6.50: a third of the fee is 2.1666…, three rounded thirds would give back 6.51
    Invoice small = issue(BE, terms(client(BE, "BE", ClientKind.CONSUMER, null), LocalDate.of(2017, 3, 15), line("Portrait", "1", "99.99"))).invoice();
    Invoice once = small.credit(APRIL_1, eur("40.33")).invoice();
    Invoice twice = once.credit(APRIL_1, eur("40.33")).invoice();
    Invoice thrice = twice.credit(APRIL_1, eur("40.33")).invoice();

    assertThat(thrice.creditNotes()).containsExactly(
        new CreditNote(APRIL_1, eur("33.33"), eur("7.00"), eur("2.17")),
        new CreditNote(APRIL_1, eur("33.33"), eur("7.00"), eur("2.16")),
        new CreditNote(APRIL_1, eur("33.33"), eur("7.00"), eur("2.17")));
    assertThat(thrice.status()).isEqualTo(InvoiceStatus.CREDITED);
  }

  @Test
  void creditingWhatIsLeftAfterAPartialPayment_settlesTheInvoice() {
    Invoice settled = invoice.pay(APRIL_1, eur("500.00")).invoice().credit(APRIL_1, eur("710.00")).invoice();
    // VAT back: 210.00 × 710 / 1,210 = 123.2231; fee back: 65.00 × 586.78 / 1,000 = 38.1407
    assertThat(settled.creditNotes()).containsExactly(new CreditNote(APRIL_1, eur("586.78"), eur("123.22"), eur("38.14")));
    assertThat(settled.outstanding()).isEqualTo(eur("0.00"));
    assertThat(settled.status()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void creditingAPaidInvoice_isRefused_andChangesNothing() {
    Invoice paid = invoice.pay(APRIL_1, eur("1210.00")).invoice();
    assertThatThrownBy(() -> paid.credit(APRIL_1, eur("1210.00")))
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo(Invoice.CREDIT_EXCEEDS_UNPAID))
        .hasMessage("amount: a credit note of EUR 1210.00 exceeds the EUR 0.00 still due on invoice BE-2017-000001"
            + " (total EUR 1210.00, paid EUR 1210.00, credited EUR 0.00)");
    assertThat(paid.creditNotes()).isEmpty();
    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void creditingMoreThanIsUnpaid_isRefused() {
    Invoice partly = invoice.pay(APRIL_1, eur("1000.00")).invoice();
    assertThatThrownBy(() -> partly.credit(APRIL_1, eur("210.01")))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageStartingWith("amount: a credit note of EUR 210.01 exceeds the EUR 210.00 still due");
  }
}
