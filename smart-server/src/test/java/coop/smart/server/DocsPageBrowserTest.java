package coop.smart.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * /docs renders in a real browser under its Content-Security-Policy: Swagger UI lists the
 * operations, and the browser reports no violation of the policy. Skipped where chromium is not
 * installed ({@link Browser}).
 */
class DocsPageBrowserTest extends BrowserTest {

  @Test
  void swaggerUiListsTheOperations_underAPolicyNothingOnThePageViolates() {
    browser.go("/docs");
    List<WebElement> operations = browser.await(driver -> {
      List<WebElement> found = browser.all(".opblock-summary-path");
      return found.size() > 10 ? found : null;
    });

    assertThat(operations).extracting(WebElement::getText).contains("/api/v1/invoices", "/api/v1/simulations/pay");
    assertThat(browser.find(".info .title").getText()).contains("SMart");
    browser.screenshot("docs");
    assertThat(browser.console()).noneMatch(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"));
  }

  @Test
  void anInjectedInlineScript_doesNotRun() {
    browser.go("/docs");
    Object outcome = browser.driver().executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        document.addEventListener('securitypolicyviolation', event => done(event.violatedDirective + ' ' + (window.injected === undefined)));
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.appendChild(script);""");

    assertThat(outcome).isEqualTo("script-src-elem true");
  }
}
