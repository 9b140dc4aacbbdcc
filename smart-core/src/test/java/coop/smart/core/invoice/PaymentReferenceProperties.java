package coop.smart.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.Issuer.PaymentReferenceScheme;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Every reference derived from an invoice number validates, and any one digit changed is caught by its check digits. */
class PaymentReferenceProperties {

  @Provide
  Arbitrary<EntityCode> entities() {
    return Arbitraries.of("BE", "FR", "ES", "IT", "NL", "AT", "DE", "HU", "SE").map(EntityCode::of);
  }

  @Property
  void everyBelgianReference_validates_andNamesTheYearAndSequence(@ForAll @IntRange(min = 2000, max = 2099) int year,
                                                                @ForAll @LongRange(min = 1, max = 99_999_999) long sequence) {
    PaymentReference reference = PaymentReference.belgian(new InvoiceNumber(EntityCode.of("BE"), year, sequence));
    assertThat(PaymentReference.isValid(PaymentReferenceScheme.BELGIAN_STRUCTURED, reference.text())).isTrue();
    assertThat(reference.text().replaceAll("\\D", "")).startsWith(String.format("%02d%08d", year % 100, sequence));
  }

  @Property
  void everyCreditorReference_validates(@ForAll("entities") EntityCode entity, @ForAll @IntRange(min = 1000, max = 9999) int year,
                                        @ForAll @LongRange(min = 1, max = 999_999_999_999_999L) long sequence) {
    PaymentReference reference = PaymentReference.creditor(new InvoiceNumber(entity, year, sequence));
    assertThat(PaymentReference.isValid(PaymentReferenceScheme.ISO_11649, reference.text())).isTrue();
    assertThat(reference.text()).hasSizeLessThanOrEqualTo(25).contains(entity.value() + year);
  }

  @Property
  void aChangedDigit_isCaught(@ForAll @IntRange(min = 2000, max = 2099) int year, @ForAll @LongRange(min = 1, max = 99_999_999) long sequence,
                              @ForAll("entities") EntityCode entity, @ForAll @IntRange(min = 0, max = 40) int position,
                              @ForAll @IntRange(min = 1, max = 9) int shift) {
    for (PaymentReference reference : new PaymentReference[] {
        PaymentReference.belgian(new InvoiceNumber(EntityCode.of("BE"), year, sequence)),
        PaymentReference.creditor(new InvoiceNumber(entity, year, sequence))}) {
      String text = reference.text();
      int[] digits = text.chars().filter(Character::isDigit).toArray();
      int changed = position % digits.length;
      int index = nthDigit(text, changed);
      char replacement = (char) ('0' + (text.charAt(index) - '0' + shift) % 10);
      String altered = text.substring(0, index) + replacement + text.substring(index + 1);
      assertThat(PaymentReference.isValid(reference.scheme(), altered)).as(text + " → " + altered).isFalse();
    }
  }

  @Property
  void everyReference_readsBackToItsInvoice(@ForAll("entities") EntityCode entity, @ForAll @IntRange(min = 2000, max = 2099) int year,
                                            @ForAll @LongRange(min = 1, max = 99_999_999) long sequence) {
    InvoiceNumber belgian = new InvoiceNumber(EntityCode.of("BE"), year, sequence);
    InvoiceNumber creditor = new InvoiceNumber(entity, year, sequence);
    String digits = PaymentReference.belgian(belgian).text().replaceAll("\\D", "");

    assertThat(PaymentReference.invoiceOf(PaymentReference.belgian(belgian).text(), belgian.entity())).hasValue(belgian);
    assertThat(PaymentReference.invoiceOf(digits, belgian.entity())).as("as banks pass it on").hasValue(belgian);
    assertThat(PaymentReference.invoiceOf("***" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "***",
        belgian.entity())).hasValue(belgian);
    assertThat(PaymentReference.invoiceOf(PaymentReference.creditor(creditor).printed().toLowerCase(), EntityCode.of("BE"))).hasValue(creditor);
  }

  @Example
  void aReferenceWhoseCheckDigitsFail_orNoReference_namesNoInvoice() {
    assertThat(PaymentReference.invoiceOf("+++170/0000/04200+++", EntityCode.of("BE"))).isEmpty();
    assertThat(PaymentReference.invoiceOf("RF63FR201700000042", EntityCode.of("BE"))).isEmpty();
    assertThat(PaymentReference.invoiceOf("invoice 42", EntityCode.of("BE"))).isEmpty();
    assertThat(PaymentReference.invoiceOf(null, EntityCode.of("BE"))).isEmpty();
  }

  @Example
  void theExamplesOfTheDocumentation() {
    assertThat(PaymentReference.belgian(InvoiceNumber.parse("BE-2017-000042")).text()).isEqualTo("+++170/0000/04261+++");
    assertThat(PaymentReference.creditor(InvoiceNumber.parse("FR-2017-000042")).printed()).isEqualTo("RF62 FR20 1700 0042");
    assertThat(PaymentReference.isValid(PaymentReferenceScheme.BELGIAN_STRUCTURED, "+++170/0000/04200+++")).isFalse();
    assertThat(PaymentReference.isValid(PaymentReferenceScheme.ISO_11649, "RF18539007547034")).isTrue();
  }

  private static int nthDigit(String text, int n) {
    int seen = -1;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i)) && ++seen == n) return i;
    }
    throw new IllegalArgumentException(n + "th digit of " + text);
  }
}
