package coop.smart.server;

import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.client.Client;
import coop.smart.core.contract.Contract;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.member.Member;
import coop.smart.core.operation.Role;
import coop.smart.server.web.Texts;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A member's and an advisor's pages in a real browser: an invitation accepted, a contract drafted
 * while its pay is previewed, declared and seen on the dashboard; an activity's budget charted
 * from its ledger; another member's pages missing; forms without their token refused; an advisor
 * correcting a client's details, and seeing the reminders due before the day's run sends them.
 */
class MemberPagesBrowserTest extends BrowserTest {

  private static String admin;
  private static Calls calls;
  private static PeopleFixture people;
  private static String anna;
  private static String bob;
  private static String bobsContract;
  private static String client;
  private static String studio;
  private static LocalDate today;

  @BeforeAll
  static void records() {
    admin = server.key("BE", Role.ADMIN, null);
    calls = new Calls(server);
    people = PeopleFixture.of(server);
    today = LocalDate.now(server.dependencies().clock());
    anna = calls.shareholder(admin, "Anna Peeters");
    bob = calls.member(admin, "Bob Janssens");
    client = json(calls.send("POST", "/api/v1/clients", admin,
        "{\"name\": \"Théâtre du Parc\", \"country\": \"BE\", \"kind\": \"BUSINESS\", \"vatNumber\": \"BE 0123.456.789\"}")).get("id").asText();
    draft(anna, "2017-07-14", "500.00");
    bobsContract = draft(bob, "2017-07-14", "700.00");
    studio = calls.activity(admin, "Studio Anna", anna).get("id").asText();
    calls.fund(admin, studio, anna, "1000.00", today.minusDays(10).toString());
  }

  @Test
  void aMemberAcceptsItsInvitation_draftsAContractWatchingItsPay_declaresIt_andSeesItOnItsDashboard() {
    String token = people.invite("anna@example.org", Role.MEMBER, anna);
    browser.go("/be/invitations/" + token + "?lang=fr");
    browser.check("invitation-fr");
    browser.type("#password", PeopleFixture.PASSWORD);
    browser.find("#invitation-form button[type=submit]").click();
    browser.await(driver -> driver.getCurrentUrl().endsWith("/be/members/" + anna));
    browser.check("dashboard-fr-before");

    browser.find("#sign-out").click();
    browser.await(driver -> driver.getCurrentUrl().endsWith("/be"));
    signIn("anna@example.org");
    browser.await(driver -> driver.getCurrentUrl().endsWith("/be/members/" + anna));

    browser.go("/be/members/" + anna + "/contracts/new");
    new Select(browser.find("#client")).selectByValue(client);
    browser.type("#invoiced", "1000");
    BigDecimal thousand = simulatedNet("1000.00");
    browser.await(driver -> thousand.toPlainString().equals(previewedNet()));
    browser.check("contract-preview-1000");
    browser.type("#invoiced", "2000");
    BigDecimal twoThousand = simulatedNet("2000.00");
    browser.await(driver -> twoThousand.toPlainString().equals(previewedNet()));
    browser.check("contract-preview-2000");

    browser.find("#draft").click();
    browser.await(driver -> !browser.all("#contract-status").isEmpty());
    assertThat(browser.find("#contract-status").getAttribute("data-status")).isEqualTo("DRAFT");
    browser.find("#declare").click();
    browser.await(driver -> "DECLARED".equals(browser.find("#contract-status").getAttribute("data-status")));
    browser.check("contract-declared");
    assertThat(browser.find("#terms-title + dl").getText()).contains("Théâtre du Parc");
    assertThat(browser.all("#contract-client")).as("a member reads its client's name; the staff correct it").isEmpty();

    browser.go("/be/members/" + anna);
    assertThat(browser.all("#month-contracts td.status")).extracting(cell -> cell.getAttribute("data-status")).contains("DECLARED");
    assertThat(new BigDecimal(browser.find("#next-salary").getAttribute("data-amount"))).isEqualByComparingTo(twoThousand);
    browser.check("dashboard-fr-after");
  }

  @Test
  void anActivitysBudget_isChartedFromItsLedger_andTakesAnExpense() {
    signIn(people.person("anna.activity@example.org", Role.MEMBER, anna));
    browser.go("/be/members/" + anna + "/activities/" + studio + "?lang=nl");
    assertStatementIsTheLedger();
    browser.await(driver -> !browser.all(".chart canvas").isEmpty());
    browser.check("activity-nl");

    int before = browser.all("#statement tbody tr").size();
    browser.type("#description", "Snaren");
    browser.type("#amount", "25");
    browser.find("#expense-form button[type=submit]").click();
    browser.await(driver -> browser.all("#statement tbody tr").size() == before + 1);
    assertStatementIsTheLedger();
    browser.await(driver -> !browser.all(".chart canvas").isEmpty());
    browser.check("activity-nl-expense");
  }

  @Test
  void aContractsDocuments_andItsInvoices_areLinkedFromTheMembersPages_andARuleRefusalIsWordedInItsLanguage() {
    String dora = calls.member(admin, "Dora Maes");
    signIn(people.person("dora@example.org", Role.MEMBER, dora));
    String contract = draft(dora, today.toString(), "900.00");
    String page = "/be/members/" + dora + "/contracts/" + contract;
    browser.go(page + "?lang=de");
    assertThat(browser.all("#pay-slip")).as("a draft has no pay slip yet").isEmpty();
    HttpResponse<String> refused = withCookies("GET", page + "/pay-slip.pdf", null);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains(new Texts(pageLanguage(refused.body()), "BE").t("rule.NO_PAY_SLIP"));

    browser.find("#declare").click();
    browser.await(driver -> "DECLARED".equals(browser.find("#contract-status").getAttribute("data-status")));
    browser.check("contract-documents-de");
    assertIsPdf(browser.find("#contract-pdf").getAttribute("href"));
    assertIsPdf(browser.find("#pay-slip").getAttribute("href"));

    JsonNode invoice = json(calls.send("POST", "/api/v1/invoices", admin, "{\"contract\": \"" + contract + "\", \"issueDate\": \"" + today + "\"}"));
    browser.go("/be/members/" + dora + "/invoices");
    WebElement number = browser.find("a[href$='/invoices/" + invoice.get("id").asText() + "/invoice.pdf']");
    assertThat(number.getText()).isEqualTo(invoice.get("number").asText());
    assertIsPdf(number.getAttribute("href"));
    assertThat(withCookies("GET", "/be/members/" + bob + "/invoices/" + invoice.get("id").asText() + "/invoice.pdf", null).statusCode())
        .as("another member's path").isEqualTo(404);
  }

  @Test
  void aMembersSession_findsAnotherMembersPagesMissing() {
    signIn(people.person("anna.curious@example.org", Role.MEMBER, anna));
    Texts english = new Texts("en", "BE");
    for (String path : List.of("/be/members/" + bob, "/be/members/" + bob + "/contracts", "/be/members/" + bob + "/contracts/" + bobsContract,
        "/be/members/" + anna + "/contracts/" + bobsContract, "/be/members/" + bob + "/activities/" + studio, "/be/advice")) {
      browser.go(path);
      assertThat(browser.find("main").getText()).as(path).contains(english.t("error.missing"));
    }
    browser.check("missing-page");
    for (String path : List.of("/be/members/" + bob, "/be/members/" + anna + "/contracts/" + bobsContract, "/be/advice")) {
      assertThat(withCookies("GET", path, null).statusCode()).as(path).isEqualTo(404);
    }
  }

  @Test
  void aFormPostedWithoutItsToken_isRefused_andChangesNothing() {
    signIn(people.person("anna.forms@example.org", Role.MEMBER, anna));
    String contract = draft(anna, today.toString(), "800.00");
    String declaration = "/be/members/" + anna + "/contracts/" + contract + "/declaration";
    assertThat(withCookies("POST", declaration, "version=1").statusCode()).isEqualTo(403);
    assertThat(withCookies("POST", declaration, "version=1&_csrf=forged").statusCode()).isEqualTo(403);
    assertThat(calls.read("/api/v1/contracts/" + contract, admin).get("status").asText()).isEqualTo("DRAFT");

    browser.go("/be/members/" + anna + "/contracts/" + contract);
    browser.driver().executeScript("document.querySelectorAll('input[name=_csrf]').forEach(function (field) { field.remove(); });");
    browser.find("#declare").click();
    browser.await(driver -> browser.find("main").getText().contains(new Texts("en", "BE").t("error.csrf")));
    browser.check("csrf-refused");
    assertThat(calls.read("/api/v1/contracts/" + contract, admin).get("status").asText()).isEqualTo("DRAFT");
    assertThat(withCookies("POST", declaration, "version=1&_csrf=" + cookie("smart_csrf")).statusCode()).isEqualTo(302);
    assertThat(calls.read("/api/v1/contracts/" + contract, admin).get("status").asText()).isEqualTo("DECLARED");
  }

  @Test
  void anAdvisor_findsAMember_seesItsPages_andRunsTheDay() {
    signIn(people.person("advisor@smart.test", Role.ADVISOR, null));
    browser.await(driver -> driver.getCurrentUrl().endsWith("/be/advice"));
    browser.type("#q", "anna");
    browser.find("form[role=search] button").click();
    browser.await(driver -> !browser.all("#found a").isEmpty());
    browser.check("advice-search");
    browser.find("#found a").click();
    browser.await(driver -> driver.getCurrentUrl().endsWith("/be/members/" + anna));
    browser.check("advisor-sees-member");
    browser.go("/be/members/" + bob + "/contracts/" + bobsContract);
    assertThat(browser.find("#contract-status").getAttribute("data-status")).isEqualTo("DRAFT");
    browser.go("/be/advice?lang=de");
    browser.find("#salary-run").click();
    browser.await(driver -> !browser.all("[role=status]").isEmpty());
    browser.check("advice-salary-run-de");
  }

  @Test
  void anAdvisor_correctsAClientsDetails_eachRefusalTranslatedBesideItsField_andAStaleVersionSaysSo() {
    StoredBooks books = new StoredBooks(server, "BE");
    Client venue = books.client("Ancienne Belgique", "BE", "BE0123456789");
    Member dora = books.shareholder("Dora Wouters");
    Contract contract = books.draftContract(dora, venue, "400.00", LocalDate.of(2017, 7, 14));
    String location = "/api/v1/clients/" + venue.id();
    signIn(people.person("advisor.clients@smart.test", Role.ADVISOR, null));
    browser.go("/be/advice?lang=nl");
    assertThat(browser.all("#clients a[href$='" + venue.id() + "']")).hasSize(1);
    browser.go("/be/members/" + dora.id() + "/contracts/" + contract.id());
    browser.find("#contract-client").click();
    browser.await(driver -> driver.getCurrentUrl().endsWith("/be/advice/clients/" + venue.id()));
    browser.check("client-nl");

    browser.find("#name").clear();
    browser.type("#country", "XX");
    new Select(browser.find("#kind")).selectByValue("CONSUMER");
    browser.find("#correct").click();
    browser.await(driver -> !browser.all("#name-error").isEmpty());
    Texts dutch = new Texts("nl", "BE");
    for (String field : List.of("name", "country", "vatNumber")) {
      assertThat(browser.find("#" + field + "-error").getText()).as(field).isEqualTo(dutch.t("error.client." + field));
      assertThat(browser.find("#" + field).getAttribute("aria-invalid")).as(field).isEqualTo("true");
      assertThat(browser.find("#" + field).getAttribute("aria-describedby")).as(field).isEqualTo(field + "-error");
    }
    assertThat(browser.all("#kind-error")).isEmpty();
    browser.check("client-refused-nl");
    assertThat(calls.read(location, admin).get("version").asLong()).as("the refused correction changed nothing").isEqualTo(1);

    browser.type("#name", "Ancienne Belgique vzw");
    browser.type("#country", "BE");
    new Select(browser.find("#kind")).selectByValue("BUSINESS");
    browser.find("#correct").click();
    browser.await(driver -> !browser.all("#corrected").isEmpty());
    JsonNode corrected = calls.read(location, admin);
    assertThat(corrected.get("name").asText()).isEqualTo("Ancienne Belgique vzw");
    assertThat(corrected.get("version").asLong()).isEqualTo(2);
    browser.check("client-corrected-nl");

    assertThat(calls.matching("PUT", location, admin, "\"2\"",
        "{\"name\": \"AB Brussel\", \"country\": \"BE\", \"kind\": \"BUSINESS\", \"vatNumber\": \"BE0123456789\"}").statusCode())
        .isEqualTo(200);
    browser.type("#name", "Ancienne Belgique asbl");
    browser.find("#correct").click();
    browser.await(driver -> browser.find("main").getText().contains(dutch.t("error.clientStale")));
    assertThat(browser.find("#name").getAttribute("value")).as("the client as it stands now").isEqualTo("AB Brussel");
    assertThat(calls.read(location, admin).get("name").asText()).isEqualTo("AB Brussel");
    browser.check("client-stale-nl");
  }

  @Test
  void anAdvisor_seesTheRemindersDue_withoutSendingThem_andTheDaysRunSendsThoseSame() {
    StoredBooks books = new StoredBooks(server, "BE");
    Contract contract = books.declaredContract(books.shareholder("Chloé Dubois"), books.localBusiness(), "300.00", LocalDate.of(2017, 7, 14));
    Invoice invoice = books.invoiceIssuedOn(contract, LocalDate.of(2017, 7, 14)); // long overdue
    String number = invoice.number().toString();
    signIn(people.person("advisor.reminders@smart.test", Role.ADVISOR, null));
    browser.go("/be/advice?lang=fr");
    List<String> due = browser.all("#due li").stream().map(item -> item.getAttribute("data-invoice")).toList();
    assertThat(due).contains(number);
    browser.check("advice-reminders-due-fr");
    browser.go("/be/advice");
    assertThat(browser.all("#due li")).extracting(item -> item.getAttribute("data-invoice")).as("seen twice, sent never").isEqualTo(due);
    assertThat(calls.read("/api/v1/invoices/" + invoice.id(), admin).get("reminders")).isEmpty();

    browser.find("#reminders").click();
    browser.await(driver -> !browser.all("#sent").isEmpty());
    assertThat(browser.all("#sent li")).extracting(item -> item.getAttribute("data-invoice")).isEqualTo(due);
    assertThat(browser.all("#due li")).isEmpty();
    assertThat(calls.read("/api/v1/invoices/" + invoice.id(), admin).get("reminders")).hasSize(
        (int) due.stream().filter(number::equals).count());
    browser.check("advice-reminders-sent-fr");
  }

  private void signIn(String email) {
    browser.go("/be/sign-in");
    browser.type("#email", email);
    browser.type("#password", PeopleFixture.PASSWORD);
    browser.find("#sign-in-form button[type=submit]").click();
    browser.await(driver -> !driver.getCurrentUrl().endsWith("/sign-in"));
  }

  /** The page's statement, line by line, is the API's ledger of the activity. */
  private void assertStatementIsTheLedger() {
    JsonNode ledger = calls.read("/api/v1/activities/" + studio + "/ledger", admin).get("items");
    List<WebElement> rows = browser.all("#statement tbody tr");
    assertThat(rows).hasSize(ledger.size());
    for (int i = 0; i < rows.size(); i++) {
      List<WebElement> amounts = rows.get(i).findElements(By.cssSelector("td[data-amount]"));
      assertThat(new BigDecimal(amounts.get(1).getAttribute("data-amount")))
          .isEqualByComparingTo(ledger.get(i).get("balance").get("amount").asText());
    }
  }

  private String previewedNet() {
    List<WebElement> cells = browser.all("#preview td[data-figure='net']");
    return cells.isEmpty() ? "" : new BigDecimal(cells.get(0).getAttribute("data-amount")).setScale(2).toPlainString();
  }

  private static BigDecimal simulatedNet(String invoiced) {
    JsonNode pay = json(server.post("/api/v1/simulations/pay", "{\"entity\": \"BE\", \"contractType\": \"EMPLOYEE\", \"invoicedAmount\": "
        + Calls.eur(invoiced) + ", \"withholdingRate\": \"0.11\", \"serviceEnd\": \"" + today + "\"}"));
    return new BigDecimal(pay.get("net").get("amount").asText()).setScale(2);
  }

  /** A request with the browser's cookies, as a page of another site could make it, without the form's token. */
  private HttpResponse<String> withCookies(String method, String path, String form) {
    String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri(path).toString())).header("Cookie", cookies);
    if (form == null) return server.send(request.GET().build());
    return server.send(request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
        .build());
  }

  private void assertIsPdf(String href) {
    HttpResponse<String> document = withCookies("GET", URI.create(href).getPath(), null);
    assertThat(document.statusCode()).as(href).isEqualTo(200);
    assertThat(document.headers().firstValue("Content-Type")).as(href).hasValue("application/pdf");
    assertThat(document.body()).as(href).startsWith("%PDF-");
  }

  /** The language a page is written in, as its {@code <html lang>} says. */
  private static String pageLanguage(String html) {
    Matcher lang = Pattern.compile("<html lang=\"([a-z]{2})").matcher(html);
    assertThat(lang.find()).as(html).isTrue();
    return lang.group(1);
  }

  private String cookie(String name) {
    Cookie cookie = browser.driver().manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /** A contract of one day drafted over the API for {@code member}: its id. */
  private static String draft(String member, String day, String amount) {
    JsonNode drafted = json(calls.send("POST", "/api/v1/contracts", admin, "{\"member\": \"" + member + "\", \"client\": \"" + client
        + "\", \"contractType\": \"EMPLOYEE\", \"structure\": \"ASSOCIATED_PRODUCTIONS\", \"start\": \"" + day + "\", \"end\": \"" + day
        + "\", \"workDays\": [{\"date\": \"" + day + "\", \"hours\": \"8\"}], \"invoicedAmount\": " + Calls.eur(amount)
        + ", \"withholdingRate\": \"0.11\"}"));
    assertThat(drafted.has("id")).as(drafted.toString()).isTrue();
    return drafted.get("id").asText();
  }
}
