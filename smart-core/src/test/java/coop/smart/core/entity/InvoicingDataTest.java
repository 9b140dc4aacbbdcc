package coop.smart.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.CollectionStep.Kind;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.money.Rate;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R8 and R9 as entity data: the VAT and collection rows of every shipped entity, and bad rows refused at load. */
class InvoicingDataTest {

  private static final EntityCatalog CATALOG = EntityCatalog.standard();
  private static final LocalDate FIRST = LocalDate.of(2017, 1, 1);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"BE, 0.21", "FR, 0.20", "SE, 0.25", "ES, 0.21", "IT, 0.22", "NL, 0.21", "AT, 0.20", "DE, 0.19", "HU, 0.27"})
  void everyEntity_shipsItsStandardRateAndMentionsFrom2017(String code, String rate) {
    NationalEntity entity = CATALOG.entity(code);
    VatRules vat = entity.vatRules(FIRST);
    assertThat(vat.standardRate()).isEqualTo(Rate.parse(rate));
    assertThat(vat.reverseChargeMention()).startsWith("Reverse charge (");
    assertThat(vat.outsideEuMention()).contains("outside the European Union");
    assertThat(entity.vat().rows()).singleElement().satisfies(row -> {
      assertThat(row.from()).isEqualTo(FIRST);
      assertThat(row.source()).contains("standard rate");
    });
    assertThatThrownBy(() -> entity.vatRules(FIRST.minusDays(1)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageStartingWith("no rules in force for " + code + " on 2016-12-31");
  }

  @Test
  void belgium_exemptsItsTrainingStructureWithItsLegalMention() {
    VatRules vat = CATALOG.entity("BE").vatRules(FIRST);
    assertThat(vat.exemptStructures()).containsExactly("TRAINING");
    assertThat(vat.exemptMention()).contains("article 44 of the Belgian VAT Code");
    assertThat(vat.reverseChargeMention()).contains("Autoliquidation");
    assertThat(CATALOG.entity("FR").vatRules(FIRST).exemptStructures()).isEmpty();
  }

  @Test
  void everyEntity_shipsTheDefaultCollectionRules() {
    for (NationalEntity entity : CATALOG.entities()) {
      CollectionRules rules = entity.collectionRules(FIRST);
      assertThat(rules.paymentTermDays()).isEqualTo(30);
      assertThat(rules.steps()).containsExactly(new CollectionStep(Kind.REMINDER, 7), new CollectionStep(Kind.REMINDER, 21),
          new CollectionStep(Kind.FORMAL_NOTICE, 35), new CollectionStep(Kind.HANDOVER_TO_COLLECTION, 60));
      assertThat(entity.collection().rows()).singleElement().satisfies(row -> assertThat(row.source()).contains("default"));
    }
  }

  @Test
  void entityWithoutInvoicingData_isRefusedNamingTheRule(@TempDir Path classpath) throws IOException {
    NationalEntity xx = EntityCatalogTest.loadWithExtension(classpath, EntityCatalogTest.VALID_XX).entity("XX");
    assertThatThrownBy(() -> xx.vatRules(FIRST))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("no VAT rules configured for XX")
        .extracting(e -> ((BusinessRuleException) e).rule()).isEqualTo(NationalEntity.NO_VAT_RULES);
    assertThatThrownBy(() -> xx.collectionRules(FIRST))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("no collection rules configured for XX");
  }

  @Test
  void laterRows_replaceTheWholeSetFromTheirDate(@TempDir Path classpath) throws IOException {
    NationalEntity xx = EntityCatalogTest.loadWithExtension(classpath, EntityCatalogTest.VALID_XX + VAT + COLLECTION + """
        collection | 2020-01-01 | paymentTermDays | 45 | s
        collection | 2020-01-01 | steps | REMINDER +10 | s
        """).entity("XX");
    assertThat(xx.collectionRules(LocalDate.of(2019, 12, 31)).paymentTermDays()).isEqualTo(30);
    assertThat(xx.collectionRules(LocalDate.of(2020, 1, 1))).isEqualTo(new CollectionRules(45, List.of(new CollectionStep(Kind.REMINDER, 10))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
      "VAT rate above one; vat | 2017-01-01 | standardRate | 21 | s; XX.txt line 15, column 'value': a VAT rate is a fraction of one, at most 1: 21",
      "unknown VAT key; vat | 2017-01-01 | reducedRate | 0.06 | s; XX.txt line 15, column 'key': unknown vat key 'reducedRate'",
      "exempt structures without mention; vat | 2017-01-01 | exemptMention | Exempt | s; XX.txt line 15, column 'key': "
          + "exemptStructures and exemptMention go together",
      "steps out of order; collection | 2017-01-01 | steps | REMINDER +21, REMINDER +7 | s; XX.txt line 15, column 'value': "
          + "each collection step comes after the one before: REMINDER +21 then REMINDER +7",
      "unknown step; collection | 2017-01-01 | steps | LAWSUIT +90 | s; XX.txt line 15, column 'value': "
          + "'LAWSUIT' is not one of [REMINDER, FORMAL_NOTICE, HANDOVER_TO_COLLECTION]",
      "step without days; collection | 2017-01-01 | steps | REMINDER | s; XX.txt line 15, column 'value': "
          + "a collection step reads KIND +DAYS, e.g. REMINDER +7: 'REMINDER'",
      "step on the due date; collection | 2017-01-01 | steps | REMINDER +0 | s; XX.txt line 15, column 'value': "
          + "a collection step comes at least one day after the due date: REMINDER +0",
      "term in words; collection | 2017-01-01 | paymentTermDays | thirty | s; XX.txt line 15, column 'value': "
          + "a payment term is a whole number of days, e.g. 30: 'thirty'",
  })
  void malformedRow_failsAtLoadNamingFileLineAndColumn(String what, String badRow, String message, @TempDir Path classpath) {
    // a bad row replaces the valid row with the same section, date and key, or adds to them
    assertThatThrownBy(() -> EntityCatalogTest.loadWithExtension(classpath, EntityCatalogTest.VALID_XX + VAT + COLLECTION + badRow + "\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void exemptStructure_mustBeAStructureOfTheEntity(@TempDir Path classpath) {
    String exempt = """
        vat | 2017-01-01 | exemptStructures | TRAINING | s
        vat | 2017-01-01 | exemptMention | Exempt | s
        """;
    assertThatThrownBy(() -> EntityCatalogTest.loadWithExtension(classpath, EntityCatalogTest.VALID_XX + VAT + COLLECTION + exempt))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("XX.txt line 15, column 'value': 'TRAINING' is not a structure of XX (one of [])");
  }

  @Test
  void vatRulesWithoutTheirMentions_failAtLoadNamingTheEntity(@TempDir Path classpath) {
    assertThatThrownBy(() -> EntityCatalogTest.loadWithExtension(classpath, EntityCatalogTest.VALID_XX + "vat | 2017-01-01 | standardRate | 0.21 | s\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("entity XX (XX.txt) lacks a 'reverseChargeMention' row for its VAT rules from 2017-01-01");
  }

  private static final String VAT = """
      vat | 2017-01-01 | standardRate | 0.21 | s
      vat | 2017-01-01 | reverseChargeMention | Reverse charge | s
      vat | 2017-01-01 | outsideEuMention | Outside the EU | s
      """;

  private static final String COLLECTION = """
      collection | 2017-01-01 | paymentTermDays | 30 | s
      collection | 2017-01-01 | steps | REMINDER +7, FORMAL_NOTICE +35 | s
      """;
}
