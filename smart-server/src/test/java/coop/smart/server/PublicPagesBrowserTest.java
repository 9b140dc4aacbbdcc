package coop.smart.server;

import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.server.web.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The public pages in a real browser: the pay simulator in each language, and the lease quote, with the API's figures. */
class PublicPagesBrowserTest extends StandardServer {

  private static final List<String> FIGURES = List.of("invoicedAmount", "fee", "expenses", "employmentBudget", "employerContributions",
      "gross", "employeeContributions", "taxable", "withholdingTax", "net");

  private static Browser browser;

  @BeforeAll
  static void openBrowser() {
    browser = Browser.open(server);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) browser.close();
  }

  @Test
  void theSimulator_showsTheApisFigures_inEachLanguage_writtenAsItsLocaleWritesMoney() {
    JsonNode api = simulation("\"invoicedAmount\": {\"amount\": \"1000.00\", \"currency\": \"EUR\"}");
    for (String language : Texts.LANGUAGES) {
      browser.go("/be/pay?lang=" + language);
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language);
      Texts texts = new Texts(language, "BE");
      assertThat(browser.find("h1").getText()).isEqualTo(texts.t("pay.title"));
      for (String figure : FIGURES) {
        WebElement cell = browser.find("#pay-figures td[data-figure='" + figure + "']");
        assertThat(new BigDecimal(cell.getAttribute("data-amount"))).as(language + " " + figure).isEqualByComparingTo(amount(api, figure));
        // The browser reads some of the locale's no-break spaces as plain ones.
        assertThat(spaced(cell.getText())).as(language + " " + figure)
            .isEqualTo(spaced(texts.money(Money.of(CurrencyUnit.EUR, amount(api, figure)))));
      }
      assertThat(browser.find("#payment-date").getAttribute("data-date")).isEqualTo(api.get("paymentDate").asText());
      browser.await(driver -> !browser.all(".chart canvas").isEmpty());
      browser.check("pay-" + language);
    }
    assertThat(new Texts("fr", "BE").money(Money.of(CurrencyUnit.EUR, new BigDecimal("1234.56")))).isEqualTo("1\u202f234,56\u00a0€");
    assertThat(new Texts("nl", "BE").money(Money.of(CurrencyUnit.EUR, new BigDecimal("1234.56")))).isEqualTo("€\u00a01.234,56");
  }

  @Test
  void theFiguresFollowTheForm_asItChanges_fromTheInvoice_theNetWanted_orADailyRate() {
    browser.go("/be/pay?lang=en");
    BigDecimal expected = amount(simulation("\"invoicedAmount\": {\"amount\": \"2000.00\", \"currency\": \"EUR\"}"), "net");
    assertThat(new BigDecimal(net())).isNotEqualByComparingTo(expected);
    browser.type("#invoiced", "2000");
    browser.await(driver -> !net().isEmpty() && new BigDecimal(net()).compareTo(expected) == 0);
    browser.screenshot("pay-live-2000");

    browser.find("#mode-net").click();
    browser.type("#net", "478.27");
    browser.await(driver -> !net().isEmpty() && new BigDecimal(net()).compareTo(new BigDecimal("478.27")) == 0);
    JsonNode reverse = simulation("\"targetNet\": {\"amount\": \"478.27\", \"currency\": \"EUR\"}");
    assertThat(new BigDecimal(figure("invoicedAmount"))).isEqualByComparingTo(amount(reverse, "invoicedAmount"));

    browser.find("#mode-daily").click();
    browser.type("#dailyRate", "250");
    browser.type("#days", "4");
    browser.await(driver -> !browser.all("td[data-figure='netPerDay']").isEmpty() && figure("invoicedAmount").equals("1000.00"));
    JsonNode daily = simulation("\"invoicedAmount\": {\"amount\": \"1000.00\", \"currency\": \"EUR\"}");
    assertThat(new BigDecimal(figure("invoicedAmount"))).isEqualByComparingTo("1000.00");
    assertThat(new BigDecimal(figure("netPerDay"))).isEqualByComparingTo(amount(daily, "net").divide(BigDecimal.valueOf(4), 2,
        RoundingMode.HALF_UP));
    browser.check("pay-daily");

    browser.type("#days", "0");
    Texts english = new Texts("en", "BE");
    browser.await(driver -> !browser.all("#figures .errors").isEmpty()
        && browser.find("#figures .errors").getText().contains(english.t("error.notAWholeNumber")));
    assertThat(browser.find("#figures .errors").getText()).contains(english.t("field.days"));
    browser.check("pay-invalid");
  }

  /**
   * The simulator with the keyboard only: the first Tab reaches the link skipping the menus, which
   * leads to the page's content, where the fields follow in the order they are read, and Enter
   * computes.
   */
  @Test
  void theSimulator_isUsedWithTheKeyboardAlone_inReadingOrder() {
    browser.go("/be/pay?lang=fr");
    WebElement body = browser.find("body");
    body.sendKeys(Keys.TAB);
    assertThat(focused().getAttribute("class")).isEqualTo("skip");
    focused().sendKeys(Keys.ENTER);
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 20 && !"BUTTON".equalsIgnoreCase(focused().getTagName()); i++) {
      focused().sendKeys(Keys.TAB);
      String id = focused().getAttribute("id");
      // Tab walks a date's day, month and year within its one field.
      if (order.isEmpty() || !order.get(order.size() - 1).equals(id)) order.add(id);
    }
    assertThat(focused().getText()).isEqualTo(new Texts("fr", "BE").t("pay.compute"));
    assertThat(order).as("the fields as the form reads, each reached once").startsWith("mode-invoice", "invoiced")
        .containsSubsequence("invoiced", "contractType", "holder", "expenses", "withholding", "serviceEnd").doesNotHaveDuplicates();
    BigDecimal expected = amount(simulation("\"invoicedAmount\": {\"amount\": \"1500.00\", \"currency\": \"EUR\"}"), "net");
    browser.find("#invoiced").clear();
    browser.find("#invoiced").sendKeys("1500", Keys.ENTER);
    browser.await(driver -> !net().isEmpty() && new BigDecimal(net()).compareTo(expected) == 0);
    browser.check("pay-keyboard-fr");
  }

  private WebElement focused() {
    return browser.driver().switchTo().activeElement();
  }

  @Test
  void theLeaseQuote_showsTheApisSchedule_andChartsWhatRemainsDue() {
    browser.go("/be/lease?lang=nl&principal=3596.65&months=36&rate=&startDate=2017-01-01");
    JsonNode api = json(server.post("/api/v1/simulations/lease", """
        {"entity": "BE", "principal": {"amount": "3596.65", "currency": "EUR"}, "months": 36, "startDate": "2017-01-01"}"""));
    List<WebElement> rows = browser.all("#lease-schedule tbody tr");
    assertThat(rows).hasSize(api.get("schedule").size());
    for (int i = 0; i < rows.size(); i++) {
      List<WebElement> cells = rows.get(i).findElements(By.cssSelector("td[data-amount]"));
      JsonNode row = api.get("schedule").get(i);
      assertThat(new BigDecimal(cells.get(0).getAttribute("data-amount"))).isEqualByComparingTo(row.get("instalment").get("amount").asText());
      assertThat(new BigDecimal(cells.get(3).getAttribute("data-amount"))).isEqualByComparingTo(row.get("outstanding").get("amount").asText());
    }
    browser.await(driver -> !browser.all(".chart canvas").isEmpty());
    browser.check("lease-nl");
  }

  @Test
  void theEntitiesAndAnEntitysHome_leadToItsTools_andAnUnknownEntityIsNoPage() {
    browser.go("/?lang=de");
    browser.check("entities-de");
    browser.driver().findElement(By.linkText("SMart Belgium")).click();
    assertThat(browser.driver().getCurrentUrl()).endsWith("/be");
    browser.check("home-de");
    assertThat(server.get("/zz/pay").statusCode()).isEqualTo(404);
    assertThat(server.get("/zz/pay").body()).contains("<html");
  }

  private static String spaced(String text) {
    return text.replaceAll("[\u00a0\u202f]", " ");
  }

  private static String net() {
    return figure("net");
  }

  private static String figure(String name) {
    List<WebElement> cells = browser.all("#pay-figures td[data-figure='" + name + "']");
    return cells.isEmpty() ? "" : cells.get(0).getAttribute("data-amount");
  }

  /** The API's simulation of the simulator's example, from {@code from}. */
  private static JsonNode simulation(String from) {
    return json(server.post("/api/v1/simulations/pay", "{\"entity\": \"BE\", \"contractType\": \"EMPLOYEE\", " + from
        + ", \"expenses\": {\"amount\": \"0.00\", \"currency\": \"EUR\"}, \"withholdingRate\": \"0.11\", \"serviceEnd\": \""
        + LocalDate.now(server.dependencies().clock()) + "\"}"));
  }

  private static BigDecimal amount(JsonNode view, String figure) {
    return new BigDecimal(view.get(figure).get("amount").asText());
  }
}
