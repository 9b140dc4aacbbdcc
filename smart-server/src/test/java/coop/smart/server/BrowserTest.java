package coop.smart.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** For browser tests that each start from a fresh browser (no cookies, no console), on the class's one server. */
abstract class BrowserTest extends StandardServer {

  Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open(server);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) browser.close();
  }
}
