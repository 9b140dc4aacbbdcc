package coop.smart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: options, their environment variables, and failing fast on a mistake. */
class MainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path temp;

  @Test
  void listsEveryOptionWithItsVariable() {
    assertThat(run(Map.of(), "--help").exit()).isZero();
    assertThat(out.toString()).contains("--port", "SMART_PORT", "7070", "--db-url", "SMART_DB_URL", "--data-dir", "SMART_DATA_DIR",
        "./data", "--keys-file", "SMART_KEYS_FILE");
  }

  @Test
  void startsOnThePortTheEnvironmentGivesUnlessAnOptionOverrides() throws Exception {
    int free;
    try (ServerSocket socket = new ServerSocket(0)) {
      free = socket.getLocalPort();
    }
    Run fromEnvironment = run(Map.of("SMART_PORT", Integer.toString(free), "SMART_DATA_DIR", temp.toString()));
    try {
      assertThat(fromEnvironment.exit()).as(err.toString()).isZero();
      assertThat(fromEnvironment.main().server().port()).isEqualTo(free);
      HttpResponse<String> health = HttpClient.newHttpClient()
          .send(HttpRequest.newBuilder(URI.create("http://localhost:" + free + "/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("database");
      assertThat(temp.resolve("smart.mv.db")).as("the embedded database in the data directory").exists();
    } finally {
      fromEnvironment.main().server().stop();
    }
    Run overridden = run(Map.of("SMART_PORT", "not a port"), "--port", "0", "--data-dir", temp.toString());
    try {
      assertThat(overridden.exit()).as(err.toString()).isZero();
      assertThat(overridden.main().server().port()).isNotEqualTo(free).isPositive();
    } finally {
      overridden.main().server().stop();
    }
  }

  @Test
  void aFirstStartPrintsAnAdminKeyOnceAndKeepsOnlyItsHash() throws Exception {
    Run first = run(Map.of(), "--port", "0", "--data-dir", temp.toString());
    String key;
    try {
      assertThat(first.exit()).as(err.toString()).isZero();
      Matcher printed = Pattern.compile("smart_[0-9a-f]{12}_[A-Za-z0-9_-]{43}").matcher(out.toString());
      assertThat(printed.find()).as(out.toString()).isTrue();
      key = printed.group();
      HttpResponse<String> members = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + first.main().server().port() + "/api/v1/members")).header("Authorization", "Bearer " + key).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(members.statusCode()).isEqualTo(200);
    } finally {
      first.main().server().stop();
    }
    String stored = Files.readString(temp.resolve(Main.KEYS_FILE));
    assertThat(stored).contains("| BE | ADMIN |").doesNotContain(key);
    out.getBuffer().setLength(0);
    Run second = run(Map.of(), "--port", "0", "--data-dir", temp.toString());
    try {
      assertThat(second.exit()).isZero();
      assertThat(out.toString()).doesNotContain("smart_");
    } finally {
      second.main().server().stop();
    }
  }

  @Test
  void refusesABadOptionWithAClearMessage() throws IOException {
    assertRefused(Map.of("SMART_PORT", "seventy"), "'seventy' is not an int");
    assertRefused(Map.of(), "must be between 0 and 65535", "--port", "70000");
    assertRefused(Map.of("SMART_DB_URL", "mysql://db"), "--db-url must be an H2");
    Path file = Files.createFile(temp.resolve("a-file"));
    assertRefused(Map.of(), "--data-dir must be a directory", "--data-dir", file.toString());
    assertRefused(Map.of("SMART_KEYS_FILE", temp.resolve("missing.txt").toString()), "--keys-file must be a readable file");
    assertRefused(Map.of(), "Unknown option: '--colour'", "--colour");
  }

  @Test
  void failsFastWhenThePortIsTaken() throws IOException {
    try (ServerSocket taken = new ServerSocket(0); CapturedLog javalin = new CapturedLog(Javalin.class)) {
      Run run = run(Map.of(), "--port", Integer.toString(taken.getLocalPort()), "--data-dir", temp.toString());
      assertThat(run.exit()).isEqualTo(1);
      assertThat(err.toString()).contains("cannot listen on port " + taken.getLocalPort());
      assertThat(run.main().server()).isNull();
    }
  }

  @Test
  void failsFastWhenTheDatabaseIsUnreachable() {
    Run run = run(Map.of(), "--port", "0", "--data-dir", temp.toString(), "--db-url", "jdbc:postgresql://127.0.0.1:1/smart?user=smart");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(err.toString()).contains("cannot open the database at jdbc:postgresql://127.0.0.1:1/smart");
    assertThat(run.main().server()).isNull();
  }

  @Test
  void acceptsTheDatabaseSettingsPersistenceWillUse() throws IOException {
    Path keys = Files.writeString(temp.resolve("keys.txt"), "");
    ServerSettings postgres = new ServerSettings(7070, "jdbc:postgresql://db/smart", temp, keys);
    assertThat(postgres.databaseUrl()).isEqualTo("jdbc:postgresql://db/smart");
    ServerSettings embedded = new ServerSettings(7070, " ", temp, null);
    assertThat(embedded.databaseUrl()).as("the embedded database in the data directory").isNull();
  }

  private void assertRefused(Map<String, String> environment, String message, String... args) {
    err.getBuffer().setLength(0);
    Run run = run(environment, args);
    assertThat(run.exit()).as(message).isEqualTo(2);
    assertThat(err.toString()).contains(message);
    assertThat(run.main().server()).isNull();
  }

  private Run run(Map<String, String> environment, String... args) {
    Main main = new Main(Dependencies.standard());
    int exit = Main.command(main, environment, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(main, exit);
  }

  private record Run(Main main, int exit) {
  }
}
