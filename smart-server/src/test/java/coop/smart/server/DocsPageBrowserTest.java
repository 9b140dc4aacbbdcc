package coop.smart.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * /docs renders in a real browser under its Content-Security-Policy: Swagger UI lists the
 * operations, and the browser reports no violation of the policy. Runs Debian's chromium
 * headless, and is skipped where it is not installed.
 */
class DocsPageBrowserTest extends StandardServer {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Path profile;
  private ChromeDriver browser;

  @BeforeEach
  void openBrowser() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium and chromium-driver are not installed");
    profile = Files.createTempDirectory("smart-chromium");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--window-size=1280,2000", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(), options);
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (browser != null) browser.quit();
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
  }

  @Test
  void swaggerUiListsTheOperations_underAPolicyNothingOnThePageViolates() throws IOException {
    browser.get(server.uri("/docs").toString());
    List<WebElement> operations = new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(driver -> {
          List<WebElement> found = driver.findElements(By.cssSelector(".opblock-summary-path"));
          return found.size() > 10 ? found : null;
        });

    assertThat(operations).extracting(WebElement::getText).contains("/api/v1/invoices", "/api/v1/simulations/pay");
    assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("SMart");
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve("docs.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    List<String> messages = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    assertThat(messages).noneMatch(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"));
  }

  @Test
  void anInjectedInlineScript_doesNotRun() {
    browser.get(server.uri("/docs").toString());
    Object outcome = browser.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        document.addEventListener('securitypolicyviolation', event => done(event.violatedDirective + ' ' + (window.injected === undefined)));
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.appendChild(script);""");

    assertThat(outcome).isEqualTo("script-src-elem true");
  }
}
