package coop.smart.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.money.Rate;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityCatalogTest {

  private static final EntityCatalog CATALOG = EntityCatalog.standard();

  @Test
  void shipsTheNineEntitiesInTheOrderOfTheIndex() {
    assertThat(CATALOG.entities()).extracting(entity -> entity.code().value())
        .containsExactly("BE", "FR", "SE", "ES", "IT", "NL", "AT", "DE", "HU");
  }

  @Test
  void catalogLoadedAfresh_citesTheRowBehindEachFigure() {
    // The standard catalog is loaded once; this one is read now, so it shows what loading keeps of each row.
    NationalEntity be = EntityCatalog.load(EntityCatalogTest.class.getClassLoader()).entity("BE");
    assertThat(be.ruleRow("fee", "INDIVIDUAL", LocalDate.of(2017, 7, 14)))
        .containsExactly(new RuleRow("fee", "INDIVIDUAL", LocalDate.of(2017, 1, 1), "0.065", "report 2017: mutualised fee 6.5% of turnover"));
    assertThat(be.ruleRow("payroll", "EMPLOYEE.employeeRate", LocalDate.of(2017, 7, 14)))
        .extracting(RuleRow::value).containsExactly("0.1307");
    assertThat(be.ruleRow("fee", "NO_SUCH_HOLDER", LocalDate.of(2017, 7, 14))).isEmpty();
  }

  @Test
  void belgium_hasItsFactsAndTheSourceOfEachRule() {
    NationalEntity be = CATALOG.entity("BE");
    assertThat(be.name()).isEqualTo("SMart Belgium");
    assertThat(be.currency()).isEqualTo(CurrencyUnit.EUR);
    assertThat(be.services()).contains(EntityService.GUARANTEE_FUND, EntityService.LEGAL_ASSISTANCE);
    assertThat(be.feeRates().get(HolderKind.INDIVIDUAL).rows())
        .singleElement()
        .satisfies(row -> {
          assertThat(row.from()).isEqualTo(LocalDate.of(2017, 1, 1));
          assertThat(row.value()).isEqualTo(Rate.parse("0.065"));
          assertThat(row.source()).contains("6.5% of turnover");
        });
  }

  @Test
  void leasingEntities_haveADefaultLeaseRateWithItsSource() {
    for (String code : new String[] {"BE", "FR"}) {
      NationalEntity entity = CATALOG.entity(code);
      assertThat(entity.defaultLeaseRate(LocalDate.of(2017, 1, 1))).isEqualTo(Rate.parse("0.08"));
      assertThat(entity.defaultLeaseRates().rows()).singleElement()
          .satisfies(row -> assertThat(row.source()).startsWith("design default: the report gives no rate"));
    }
  }

  @Test
  void entityWithoutLeasing_refusesALeaseRateNamingItself() {
    assertThatThrownBy(() -> CATALOG.entity("SE").defaultLeaseRate(LocalDate.of(2018, 1, 1)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageStartingWith("SE (SMart Sweden) does not offer EQUIPMENT_LEASING")
        .satisfies(e -> assertThat(((BusinessRuleException) e).rule()).isEqualTo(NationalEntity.SERVICE_NOT_OFFERED));
  }

  @Test
  void currencies_followTheCountries() {
    assertThat(CATALOG.entity("SE").currency()).isEqualTo(CurrencyUnit.of("SEK"));
    assertThat(CATALOG.entity("HU").currency()).isEqualTo(CurrencyUnit.of("HUF"));
    assertThat(CATALOG.entity("AT").currency()).isEqualTo(CurrencyUnit.EUR);
  }

  @Test
  void unknownEntity_isNotFound() {
    assertThatThrownBy(() -> CATALOG.entity("XX"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("unknown entity: XX");
  }

  @Test
  void malformedEntityCode_isRefusedNamingTheValue() {
    assertThatThrownBy(() -> CATALOG.entity("Belgium"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("entity")
        .hasMessageContaining("'Belgium'");
  }

  @Test
  void embedder_addsAnEntityAndALaterRuleFromItsOwnClasspath() throws IOException {
    URL embedder = getClass().getResource("/embedder/");
    try (var loader = new URLClassLoader(new URL[] {embedder}, getClass().getClassLoader())) {
      EntityCatalog extended = EntityCatalog.load(loader);

      assertThat(extended.entities()).hasSize(10);
      NationalEntity lu = extended.entity("LU");
      assertThat(lu.feeRate(HolderKind.INDIVIDUAL, LocalDate.of(2020, 3, 1))).isEqualTo(Rate.parse("0.08"));
      assertThat(lu.paymentDates(LocalDate.of(2020, 3, 2), null).paymentDate()).isEqualTo(LocalDate.of(2020, 3, 6)); // Fri

      NationalEntity be = extended.entity("BE");
      assertThat(be.feeRate(HolderKind.INDIVIDUAL, LocalDate.of(2025, 12, 31))).isEqualTo(Rate.parse("0.065"));
      assertThat(be.feeRate(HolderKind.INDIVIDUAL, LocalDate.of(2026, 1, 1))).isEqualTo(Rate.parse("0.07"));
      assertThat(be.feeRate(HolderKind.LEGAL_PERSON, LocalDate.of(2026, 1, 1))).isEqualTo(Rate.parse("0.065"));
      assertThat(be.name()).isEqualTo("SMart Belgium");
    }
    assertThat(CATALOG.entity("BE").feeRate(HolderKind.INDIVIDUAL, LocalDate.of(2026, 1, 1))).isEqualTo(Rate.parse("0.065"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
      "wrong column count; fee | 2017-01-01 | INDIVIDUAL | 0.065; XX.txt line 10: expected 5 columns",
      "impossible date; fee | 2017-02-30 | INDIVIDUAL | 0.065 | s; XX.txt line 10, column 'from': not an ISO date (yyyy-mm-dd): '2017-02-30'",
      "decimal comma; fee | 2017-01-01 | INDIVIDUAL | 0,065 | s; XX.txt line 10, column 'value': not a decimal rate: '0,065'",
      "rate above one; fee | 2017-01-01 | INDIVIDUAL | 6.5 | s; XX.txt line 10, column 'value': a fee rate is a fraction of one, at most 1: 6.5",
      "negative rate; fee | 2017-01-01 | INDIVIDUAL | -0.01 | s; XX.txt line 10, column 'value': rate must not be negative: -0.01",
      "unknown holder; fee | 2017-01-01 | PERSON | 0.065 | s; XX.txt line 10, column 'key': 'PERSON' is not one of [INDIVIDUAL, LEGAL_PERSON]",
      "unknown section; tax | 2017-01-01 | INDIVIDUAL | 0.065 | s; XX.txt line 10, column 'section': unknown section 'tax'",
      "rule without date; fee | | INDIVIDUAL | 0.065 | s; XX.txt line 10, column 'from': a rule needs the date it is in force from",
      "empty value; fee | 2017-01-01 | INDIVIDUAL | | s; XX.txt line 10, column 'value': must not be empty",
      "payment rolled forward; payment | 2018-01-01 | rule | 7 calendar days after the end of service, following business day | s; "
          + "XX.txt line 10, column 'value': a payment rule must end with 'preceding bank business day'",
      "payment in no known words; payment | 2018-01-01 | rule | J+7, preceding bank business day | s; XX.txt line 10, column 'value': not a payment timing: 'J+7'",
      "lease rate in percent; leasing | 2017-01-01 | defaultAnnualRate | 8 | s; XX.txt line 10, column 'value': an annual lease rate is a fraction of one, at most 1: 8",
      "unknown leasing fact; leasing | 2017-01-01 | rate | 0.08 | s; XX.txt line 10, column 'key': unknown leasing key 'rate' (expected one of [defaultAnnualRate])",
      "payroll key without a type; payroll | 2017-01-01 | .employeeRate | 0.1 | s; XX.txt line 10, column 'key': '' is not one of",
      "payroll key without a dot; payroll | 2017-01-01 | employeeRate | 0.1 | s; XX.txt line 10, column 'key': payroll keys read CONTRACT_TYPE.parameter",
  })
  void malformedRow_failsAtLoadNamingFileLineAndColumn(String what, String badRow, String message, @TempDir Path classpath) throws IOException {
    assertThatThrownBy(() -> loadWithExtension(classpath, VALID_XX + badRow + "\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
      "name; entity | | name | SMart Nowhere | s; entity XX (XX.txt) lacks an 'entity | | name' row",
      "payment rule; payment | 2017-01-01 | rule | 7 calendar days after the end of service, preceding bank business day | s; "
          + "entity XX (XX.txt) lacks a payment rule row",
  })
  void missingRow_failsAtLoadNamingTheEntity(String what, String dropped, String message, @TempDir Path classpath) {
    assertThatThrownBy(() -> loadWithExtension(classpath, VALID_XX.replace(dropped + "\n", "")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage(message);
  }

  @Test
  void aFeeOfTheWholeAmount_isAFraction_andHoursBeyondAQuotaNeedRatesOfTheirOwn(@TempDir Path classpath) throws IOException {
    assertThat(loadWithExtension(classpath, VALID_XX.replace("INDIVIDUAL | 0.065", "INDIVIDUAL | 1")).entity("XX")
        .feeRate(HolderKind.INDIVIDUAL, LocalDate.of(2017, 1, 1))).isEqualTo(Rate.parse("1"));
    String student = """
        payroll | 2017-01-01 | STUDENT.employerCostRate | 0.0542 | s
        payroll | 2017-01-01 | STUDENT.employeeRate | 0.0271 | s
        payroll | 2017-01-01 | STUDENT.withholdingRange | 0..0.50 | s
        payroll | 2017-01-01 | STUDENT.quotaHours | 475 | s
        payroll | 2017-01-01 | STUDENT.beyondQuota | EMPLOYEE | s
        """;
    assertThatThrownBy(() -> loadWithExtension(classpath, VALID_XX + student))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageEndingWith("column 'value': hours beyond the quota need another contract type with payroll rows: EMPLOYEE");
  }

  @Test
  void leasingRowsWithoutTheService_failAtLoad(@TempDir Path classpath) {
    assertThatThrownBy(() -> loadWithExtension(classpath, VALID_XX + "leasing | 2017-01-01 | defaultAnnualRate | 0.08 | s\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("entity XX (XX.txt) has leasing rows but its services do not include EQUIPMENT_LEASING");
  }

  @Test
  void leasingServiceWithoutADefaultRate_failsAtLoad(@TempDir Path classpath) {
    assertThatThrownBy(() -> loadWithExtension(classpath, VALID_XX.replace("NATURAL_PERSONS", "NATURAL_PERSONS EQUIPMENT_LEASING")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("entity XX (XX.txt) lacks a 'leasing | from | defaultAnnualRate' row, as it offers EQUIPMENT_LEASING");
  }

  @Test
  void unknownCurrency_failsAtLoad(@TempDir Path classpath) {
    assertThatThrownBy(() -> loadWithExtension(classpath, VALID_XX.replace("| EUR |", "| EUX |")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("XX.txt line 4, column 'value': ");
  }

  @Test
  void extensionListingAMissingFile_failsAtLoad(@TempDir Path classpath) throws IOException {
    Path index = classpath.resolve(EntityCatalog.EXTENSIONS);
    Files.createDirectories(index.getParent());
    Files.writeString(index, "acme/nowhere.txt\n");
    assertThatThrownBy(() -> load(classpath))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageEndingWith("lists acme/nowhere.txt, which is not on the classpath");
  }

  static final String VALID_XX = LayeredData.NOWHERE;

  static EntityCatalog loadWithExtension(Path classpath, String data) throws IOException {
    Path file = classpath.resolve("acme/XX.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, data);
    Path index = classpath.resolve(EntityCatalog.EXTENSIONS);
    Files.createDirectories(index.getParent());
    Files.writeString(index, "acme/XX.txt\n");
    return load(classpath);
  }

  private static EntityCatalog load(Path classpath) throws IOException {
    try (var loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, EntityCatalogTest.class.getClassLoader())) {
      return EntityCatalog.load(loader);
    }
  }
}
