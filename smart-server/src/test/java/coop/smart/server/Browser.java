package coop.smart.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's chromium, headless, driven through its chromedriver: both from Debian's packages
 * ({@code apt-get install chromium chromium-driver}); a test that needs them is skipped where they
 * are missing. Each page it is asked to check is saved as a screenshot under
 * {@code target/screenshots} and run through axe-core, which must find no serious or critical
 * accessibility violation.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String AXE = "META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";

  private final ChromeDriver driver;
  private final Path profile;
  private final RunningServer server;

  private Browser(ChromeDriver driver, Path profile, RunningServer server) {
    this.driver = driver;
    this.profile = profile;
    this.server = server;
  }

  /** A fresh browser, with a profile of its own, English as the language it asks for, and its console kept. */
  static Browser open(RunningServer server) {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "chromium and chromium-driver are not installed");
    try {
      Path profile = Files.createTempDirectory("smart-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
          "--disable-component-update", "--no-first-run", "--window-size=1280,1600", "--lang=en-GB", "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
      return new Browser(new ChromeDriver(service, options), profile, server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  void go(String path) {
    driver.get(server.uri(path).toString());
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * Waits until {@code condition} holds (or answers something other than null or false); at most
   * thirty seconds, as a page of many scripts may take on a busy machine. A page replaced while the
   * condition reads it (after a click, or by htmx) is read again.
   */
  <T> T await(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(condition);
  }

  /** What the pages wrote to the console since the last call, the browser's own reports (e.g. of its security policy) included. */
  List<String> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
  }

  void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  /** Saves the page as {@code target/screenshots/<name>.png} and checks it with axe-core. */
  void check(String name) {
    screenshot(name);
    assertThat(seriousViolations()).as("axe-core on " + name + " (" + driver.getCurrentUrl() + ")").isEmpty();
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What axe-core finds serious or critical on the page, one line per rule broken, with the elements breaking it. */
  List<String> seriousViolations() {
    JavascriptExecutor js = driver;
    js.executeScript(axeSource());
    String found = (String) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(JSON.stringify(r.violations)); });");
    List<String> serious = new ArrayList<>();
    try {
      for (JsonNode violation : new ObjectMapper().readTree(found)) {
        String impact = violation.path("impact").asText();
        if (!impact.equals("serious") && !impact.equals("critical")) continue;
        List<String> targets = new ArrayList<>();
        violation.get("nodes").forEach(node -> targets.add(node.get("target").toString()));
        serious.add(impact + " " + violation.get("id").asText() + ": " + violation.get("help").asText() + " " + targets);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return serious;
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a profile left behind in the temporary directory harms nothing
    }
  }

  private static String axeSource() {
    try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
      if (in == null) throw new IllegalStateException(AXE + " is missing from the test classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The axe-core WebJar's version, as its Maven metadata names it. */
  private static String axeVersion() {
    try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the axe-core WebJar is missing from the test classpath", e);
    }
  }
}
