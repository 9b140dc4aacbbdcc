package coop.smart.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.error.ValidationException;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

/** A member's bank account: an IBAN of a SEPA country, of its length, whose check digits hold. */
class BankAccountTest {

  @Example
  void theRegistryExamplesOfBelgiumFranceGermanyAndTheNetherlands_areAccepted_compactedAndUpperCase() {
    assertThat(new BankAccount("BE68 5390 0754 7034", null, null).iban()).isEqualTo(Ibans.BELGIAN);
    assertThat(new BankAccount(Ibans.FRENCH.toLowerCase(), null, null).iban()).isEqualTo(Ibans.FRENCH);
    assertThat(new BankAccount(Ibans.GERMAN, "COBADEFFXXX", "Jeanne Dubois").bic()).isEqualTo("COBADEFFXXX");
    assertThat(new BankAccount(Ibans.DUTCH, " abnanl2a ", "  ").holder()).isNull();
  }

  @Example
  void badCheckDigits_areRefused_namingTheIban() {
    assertThatThrownBy(() -> new BankAccount("BE69539007547034", null, null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("iban"))
        .hasMessageContaining("check digits");
    assertThatThrownBy(() -> new BankAccount("FR1420041010050500013M02607", null, null)).isInstanceOf(ValidationException.class);
  }

  @Example
  void aLengthThatIsNotTheCountrys_isRefused_namingTheIban() {
    assertThatThrownBy(() -> new BankAccount("BE685390075470341", null, null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("iban"))
        .hasMessageContaining("an IBAN of BE has 16 characters, not 17");
    assertThatThrownBy(() -> new BankAccount("DE8937040044053201300", null, null)).hasMessageContaining("has 22 characters, not 21");
  }

  @Example
  void anAccountOutsideSepa_orNone_isRefused() {
    assertThatThrownBy(() -> new BankAccount("BR1800360305000010009795493C1", null, null)).hasMessageContaining("SEPA country");
    assertThatThrownBy(() -> new BankAccount(" ", null, null)).hasMessageContaining("iban: is required");
  }

  @Example
  void everyBadField_isNamed_underTheCallersPrefix() {
    assertThatThrownBy(() -> BankAccount.of("bankAccount.", "BE00539007547034", "NOT A BIC", "x".repeat(71)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsOnlyKeys("bankAccount.iban", "bankAccount.bic", "bankAccount.holder"));
  }

  @Example
  void theHolder_isTheMembersOwnName_unlessGiven() {
    assertThat(new BankAccount(Ibans.BELGIAN, null, null).holderOr("Lena Maes")).isEqualTo("Lena Maes");
    assertThat(new BankAccount(Ibans.BELGIAN, null, "Studio Maes").holderOr("Lena Maes")).isEqualTo("Studio Maes");
  }

  @Provide
  Arbitrary<String> ibans() {
    return Ibans.any();
  }

  @Property
  void everyWellFormedIban_isAccepted_andAnyDigitChanged_isRefused(@ForAll("ibans") String iban) {
    assertThat(new BankAccount(iban, null, null).iban()).isEqualTo(iban);
    char last = iban.charAt(iban.length() - 1);
    String altered = iban.substring(0, iban.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    assertThatThrownBy(() -> new BankAccount(altered, null, null)).isInstanceOf(ValidationException.class);
  }
}
