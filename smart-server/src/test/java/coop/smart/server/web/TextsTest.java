package coop.smart.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.entity.CollectionStep;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.invoice.InvoiceStatus;
import coop.smart.core.operation.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Every text the pages show is in each language's bundle: the bundles have the same keys, and
 * every key the templates and the pages' code name, literally or from an enum's constants, is there.
 */
class TextsTest {

  private static final Path TEMPLATES = Path.of("src", "main", "jte");
  private static final Path CODE = Path.of("src", "main", "java", "coop", "smart", "server", "web");
  /** A string written as a key is: {@code "pay.title"}, {@code "error.required"}; those of a section the bundles have are keys. */
  private static final Pattern KEY = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\"");
  /** Keys made of a prefix and an enum constant, a figure's name or a language. */
  private static final Pattern RULE_CODE = Pattern.compile("[A-Z]+(_[A-Z]+)+");
  private static final Map<String, List<String>> COMPOSED = Map.of(
      "contractType.", names(ContractType.values()), "holder.", names(HolderKind.values()),
      "contractStatus.", names(ContractStatus.values()), "invoiceStatus.", names(InvoiceStatus.values()),
      "step.", names(CollectionStep.Kind.values()), "clientKind.", names(ClientKind.values()), "role.", names(Role.values()), "language.", Texts.LANGUAGES,
      "figure.", List.of("invoicedAmount", "expenses", "employmentBudget", "employerContributions", "gross", "employeeContributions",
          "taxable", "withholdingTax"));

  @Test
  void everyLanguageHasEveryKey_andEveryKeyThePagesNameIsThere() {
    Set<String> english = keys("en");
    for (String language : Texts.LANGUAGES) {
      assertThat(keys(language)).as("the keys of " + language + " against English").containsExactlyInAnyOrderElementsOf(english);
    }
    Set<String> sections = new TreeSet<>();
    english.forEach(key -> sections.add(key.substring(0, key.indexOf('.'))));
    Set<String> named = new TreeSet<>(named().stream().filter(key -> sections.contains(key.substring(0, key.indexOf('.')))).toList());
    assertThat(named).hasSizeGreaterThan(150);
    COMPOSED.forEach((prefix, endings) -> endings.forEach(ending -> named.add(prefix + ending)));
    assertThat(english).containsAll(named);
    for (String language : Texts.LANGUAGES) {
      Texts texts = new Texts(language, "BE");
      named.forEach(key -> assertThat(texts.t(key, "x", "y", "z", "v", "w")).as(language + " " + key).isNotBlank());
    }
  }

  /**
   * A rule the core, the documents or the server refuse with is worded for the pages: its code
   * is a public constant whose value is upper-case words joined by underscores.
   */
  @Test
  void everyRuleCode_isWordedInEveryLanguage() throws IllegalAccessException {
    Set<String> codes = new TreeSet<>();
    for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("coop.smart.core", "coop.smart.documents", "coop.smart.server")) {
      for (JavaField field : type.getFields()) {
        if (field.getModifiers().containsAll(Set.of(JavaModifier.PUBLIC, JavaModifier.STATIC, JavaModifier.FINAL))
            && field.getRawType().isEquivalentTo(String.class)) {
          Object value = field.reflect().get(null);
          if (RULE_CODE.matcher(value.toString()).matches()) codes.add(value.toString());
        }
      }
    }
    assertThat(codes).contains("BUDGET_EXCEEDED", "INCOMPLETE_ISSUER", "INVOICE_DATE_ORDER", People.INVITATION_NOT_ALLOWED);
    for (String language : Texts.LANGUAGES) {
      Set<String> worded = keys(language);
      codes.forEach(code -> assertThat(worded).as(language).contains("rule." + code));
    }
  }

  @Test
  void aTextWithArgumentsHasNoBareQuote_whichMessageFormatWouldEat() {
    for (String language : Texts.LANGUAGES) {
      bundle(language).forEach((key, value) -> {
        if (value.toString().contains("{0}")) assertThat(value.toString()).as(language + " " + key).doesNotContain("'");
      });
    }
  }

  @Test
  void moneyAndDates_areWrittenAsTheLocaleWritesThem() {
    Money amount = Money.of(CurrencyUnit.EUR, new BigDecimal("1234.56"));
    assertThat(new Texts("fr", "BE").money(amount)).isEqualTo("1\u202f234,56\u00a0€");
    assertThat(new Texts("nl", "BE").money(amount)).isEqualTo("€\u00a01.234,56");
    assertThat(new Texts("de", "BE").money(amount)).isEqualTo("1.234,56\u00a0€");
    assertThat(new Texts("fr", "BE").date(LocalDate.of(2017, 7, 14))).isEqualTo("14 juillet 2017");
    assertThat(new Texts("nl", "BE").date(LocalDate.of(2017, 7, 14))).isEqualTo("14 juli 2017");
  }

  @Test
  void aMissingKey_failsRatherThanShowingItsName() {
    assertThatThrownBy(() -> new Texts("de", "BE").t("pay.noSuchKey")).isInstanceOf(MissingResourceException.class);
  }

  private static Set<String> named() {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Stream.concat(Files.list(TEMPLATES), Files.list(CODE))) {
      for (Path file : files.toList()) {
        Matcher matcher = KEY.matcher(Files.readString(file));
        while (matcher.find()) keys.add(matcher.group(1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  private static Set<String> keys(String language) {
    Set<String> keys = new TreeSet<>();
    bundle(language).keySet().forEach(key -> keys.add(key.toString()));
    return keys;
  }

  private static Properties bundle(String language) {
    String name = Texts.BUNDLE.replace('.', '/') + "_" + language + ".properties";
    try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> names(Enum<?>[] constants) {
    List<String> names = new ArrayList<>();
    for (Enum<?> constant : constants) names.add(constant.name());
    return names;
  }
}
