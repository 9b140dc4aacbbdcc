package coop.smart.server;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.server.security.Sha256;
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
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.UUID;
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
    assertThat(out.toString()).contains("--port", "SMART_PORT", "7070", "--host", "SMART_HOST", "127.0.0.1", "--db-url", "SMART_DB_URL", "--data-dir", "SMART_DATA_DIR",
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
      assertThat(temp.resolve("postgres/PG_VERSION")).as("the embedded PostgreSQL in the data directory").exists();
    } finally {
      fromEnvironment.main().stop();
    }
    Run overridden = run(Map.of("SMART_PORT", "not a port"), "--port", "0", "--data-dir", temp.toString());
    try {
      assertThat(overridden.exit()).as(err.toString()).isZero();
      assertThat(overridden.main().server().port()).isNotEqualTo(free).isPositive();
    } finally {
      overridden.main().stop();
    }
  }

  @Test
  void aFirstStartPrintsAnAdminKeyOnceAndKeepsOnlyItsHash() throws Exception {
    Run first = run(Map.of(), "--port", "0", "--data-dir", temp.toString());
    String key;
    try {
      assertThat(first.exit()).as(err.toString()).isZero();
      key = firstKey(temp);
      assertThat(out.toString()).as("the secret stays out of the output").doesNotContain(key).contains(Main.FIRST_KEY_FILE);
      assertThat(Files.getPosixFilePermissions(temp.resolve(Main.FIRST_KEY_FILE))).containsExactlyInAnyOrder(
          PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
      HttpResponse<String> members = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + first.main().server().port() + "/api/v1/members")).header("Authorization", "Bearer " + key).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(members.statusCode()).isEqualTo(200);
    } finally {
      first.main().stop();
    }
    out.getBuffer().setLength(0);
    assertThat(run(Map.of(), "keys", "list", "--data-dir", temp.toString()).exit()).as(err.toString()).isZero();
    assertThat(out.toString().lines()).singleElement().asString().contains("BE  ADMIN  ENTITY  -  first administrator");
    out.getBuffer().setLength(0);
    Run second = run(Map.of(), "--port", "0", "--data-dir", temp.toString());
    try {
      assertThat(second.exit()).isZero();
      assertThat(out.toString()).doesNotContain("smart_");
    } finally {
      second.main().stop();
    }
  }

  @Test
  void theKeysFileOfAnOlderVersion_isImportedByTheFirstCommandOrStart_andItsKeysWorkWithoutAFirstKey() throws Exception {
    String secret = "smart_0123456789ab_" + "x".repeat(43);
    Path older = Files.createDirectories(temp.resolve("elsewhere")).resolve("keys.txt");
    Files.writeString(older, "# id | sha256 | entity | role | member | label\n0123456789ab | " + Sha256.hex(secret)
        + " | BE | ADMIN | - | first administrator\n");
    Map<String, String> environment = Map.of("SMART_KEYS_FILE", older.toString());

    out.getBuffer().setLength(0);
    assertThat(run(environment, "keys", "list", "--data-dir", temp.toString()).exit()).as(err.toString()).isZero();
    assertThat(out.toString()).contains("0123456789ab  BE  ADMIN  ENTITY  -  first administrator");
    assertThat(older).doesNotExist();
    assertThat(Files.getPosixFilePermissions(KeysFile.imported(older))).containsExactlyInAnyOrder(
        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    Run server = run(environment, "--port", "0", "--data-dir", temp.toString());
    try {
      assertThat(server.exit()).as("the file named imported already: " + err).isZero();
      assertThat(temp.resolve(Main.FIRST_KEY_FILE)).as("an administrator exists already").doesNotExist();
      assertThat(call(server, secret, "GET", "/api/v1/members", null).statusCode()).isEqualTo(200);
    } finally {
      server.main().stop();
    }
  }

  @Test
  void refusesABadOptionWithAClearMessage() throws IOException {
    assertRefused(Map.of("SMART_PORT", "seventy"), "'seventy' is not an int");
    assertRefused(Map.of(), "must be between 0 and 65535", "--port", "70000");
    assertRefused(Map.of("SMART_DB_URL", "mysql://db"), "--db-url must be a PostgreSQL JDBC URL");
    Path file = Files.createFile(temp.resolve("a-file"));
    assertRefused(Map.of(), "--data-dir must be a directory", "--data-dir", file.toString());
    assertRefused(Map.of("SMART_KEYS_FILE", temp.resolve("missing.txt").toString()), "--keys-file must be a readable file");
    assertRefused(Map.of(), "--keys-file must be a readable file", "keys", "list", "--keys-file", temp.resolve("missing.txt").toString(),
        "--data-dir", temp.toString());
    assertRefused(Map.of(), "Unknown option: '--colour'", "--colour");
  }

  @Test
  void failsFastWhenThePortIsTaken() throws IOException {
    try (ServerSocket taken = new ServerSocket(0); CapturedLog javalin = new CapturedLog(Javalin.class)) {
      Run run = run(Map.of(), "--port", Integer.toString(taken.getLocalPort()), "--data-dir", temp.toString());
      assertThat(run.exit()).isEqualTo(1);
      assertThat(err.toString()).contains("cannot listen on 127.0.0.1 port " + taken.getLocalPort());
      assertThat(run.main().server()).isNull();
      assertThat(temp.resolve(Main.FIRST_KEY_FILE)).as("no key that nobody could use").doesNotExist();
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

  @Test
  void backupOfARunningServer_restoredIntoANewDirectory_servesEveryRecord() throws Exception {
    Path data = temp.resolve("data");
    Run first = run(Map.of(), "--port", "0", "--data-dir", data.toString());
    String key = firstKey(data);
    String member;
    try {
      assertThat(first.exit()).as(err.toString()).isZero();
      member = RunningServer.json(call(first, key, "POST", "/api/v1/members", "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Lena Maes\"}"))
          .get("id").asText();
      Path backup = temp.resolve("smart.backup");
      assertThat(run(Map.of(), "backup", "--data-dir", data.toString(), "--to", backup.toString()).exit()).as(err.toString()).isZero();
      assertThat(out.toString()).containsPattern("backed up [0-9,]+ rows of [0-9]+ tables \\(schema version [0-9]+\\) into ");
    } finally {
      first.main().stop();
    }

    Path restored = temp.resolve("restored");
    assertThat(run(Map.of(), "restore", "--from", temp.resolve("smart.backup").toString(), "--data-dir", restored.toString()).exit())
        .as(err.toString()).isZero();
    assertThat(run(Map.of(), "restore", "--from", temp.resolve("smart.backup").toString(), "--data-dir", restored.toString()).exit())
        .isEqualTo(1);
    assertThat(err.toString()).contains("holds a database already: restore into a new directory");

    Run second = run(Map.of(), "--port", "0", "--data-dir", restored.toString());
    try {
      assertThat(restored.resolve(Main.FIRST_KEY_FILE)).as("the keys are restored with the rest").doesNotExist();
      HttpResponse<String> found = call(second, key, "GET", "/api/v1/members/" + member, null);
      assertThat(found.statusCode()).isEqualTo(200);
      assertThat(found.body()).contains("Lena Maes");
    } finally {
      second.main().stop();
    }
  }

  @Test
  void aKeyIssuedOnTheCommandLine_worksForItsEntityAlone_evenIssuedWhileTheServerRuns() throws Exception {
    String french = issue("FR", "SMart France's administrator");
    assertThat(err.toString()).contains("issued ADMIN key", "of FR (SMart France's administrator)").doesNotContain(french);
    assertThat(Files.getPosixFilePermissions(temp)).as("the data directory the command started the database in")
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    Run server = run(Map.of(), "--port", "0", "--data-dir", temp.toString());
    try {
      assertThat(server.exit()).as(err.toString()).isZero();
      assertThat(temp.resolve(Main.FIRST_KEY_FILE)).as("an administrator exists already").doesNotExist();
      HttpResponse<String> joined = call(server, french, "POST", "/api/v1/members", "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Camille\"}");
      assertThat(joined.statusCode()).isEqualTo(201);
      String camille = RunningServer.json(joined).get("id").asText();

      String belgian = issue("BE", "SMart Belgium's administrator");
      assertThat(call(server, belgian, "GET", "/api/v1/members", null).statusCode()).as("accepted without a restart").isEqualTo(200);
      assertThat(call(server, belgian, "GET", "/api/v1/members/" + camille, null).statusCode()).as("a French member").isEqualTo(404);
      assertThat(call(server, french, "GET", "/api/v1/members/" + camille, null).statusCode()).isEqualTo(200);
      assertThat(call(server, french, "POST", "/api/v1/api-keys", "{\"entity\": \"BE\", \"role\": \"ADMIN\", \"label\": \"x\"}")
          .statusCode()).isEqualTo(403);
    } finally {
      server.main().stop();
    }
    out.getBuffer().setLength(0);
    assertThat(run(Map.of(), "keys", "list", "--data-dir", temp.toString()).exit()).isZero();
    assertThat(out.toString().lines()).hasSize(2).anySatisfy(line -> assertThat(line).contains("FR  ADMIN  ENTITY  -  SMart France's administrator"))
        .noneSatisfy(line -> assertThat(line).contains("smart_"));
  }

  @Test
  void refusesToIssueAKeyOfAnUnknownEntityOrRole_namingTheOption() {
    assertRefused(Map.of(), "--entity must be the code of an entity (BE FR", "keys", "issue", "--entity", "XX", "--role", "ADMIN",
        "--data-dir", temp.toString());
    assertRefused(Map.of(), "Invalid value for option '--role'", "keys", "issue", "--entity", "FR", "--role", "KING", "--data-dir", temp.toString());
    assertRefused(Map.of(), "--role MEMBER is issued through the API", "keys", "issue", "--entity", "FR", "--role", "MEMBER",
        "--data-dir", temp.toString());
    assertRefused(Map.of(), "--cooperative is for --role ADMIN only", "keys", "issue", "--entity", "FR", "--role", "ADVISOR", "--cooperative",
        "--data-dir", temp.toString());
    assertThat(temp.resolve("postgres")).as("refused before the database is started").doesNotExist();
  }

  /** A key of {@code entity} issued on the command line: its secret, the only line of the standard output. */
  private String issue(String entity, String label) {
    out.getBuffer().setLength(0);
    assertThat(run(Map.of(), "keys", "issue", "--entity", entity, "--role", "ADMIN", "--label", label, "--data-dir", temp.toString()).exit())
        .as(err.toString()).isZero();
    assertThat(out.toString().lines()).singleElement().asString().matches("smart_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
    return out.toString().strip();
  }

  private static String firstKey(Path dataDir) throws IOException {
    Matcher written = Pattern.compile("smart_[0-9a-f]{12}_[A-Za-z0-9_-]{43}").matcher(Files.readString(dataDir.resolve(Main.FIRST_KEY_FILE)));
    assertThat(written.find()).isTrue();
    return written.group();
  }

  private static HttpResponse<String> call(Run run, String key, String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + run.main().server().port() + path))
        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString());
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
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
