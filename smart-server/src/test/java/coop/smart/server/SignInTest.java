package coop.smart.server;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.operation.Role;
import coop.smart.persistence.Database;
import coop.smart.persistence.TestDatabases;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing in over HTTP, as a browser does: cookies, sessions that end, and guessing slowed down. */
class SignInTest {

  private static final TestClock CLOCK = TestClock.on(LocalDate.of(2017, 7, 14));

  private static RunningServer server;
  private static PeopleFixture people;
  private static String member;

  @BeforeAll
  static void start() {
    server = RunningServer.start(Dependencies.standard().withClock(CLOCK));
    people = PeopleFixture.of(server);
    member = new Calls(server).member(server.key("BE", Role.ADMIN, null), "Anna Peeters");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void signingIn_setsAnHttpOnlyStrictSession_whichSignOutAndIdlenessEnd() {
    String email = people.person("anna.session@example.org", Role.MEMBER, member);
    Visitor visitor = new Visitor();
    HttpResponse<String> signedIn = visitor.signIn(email, PeopleFixture.PASSWORD);
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location")).hasValue("/be/members/" + member);
    List<String> cookies = signedIn.headers().allValues("Set-Cookie");
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("smart_session=").contains("HttpOnly", "SameSite=Strict"));
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("smart_csrf=").contains("HttpOnly", "SameSite=Strict"));
    assertThat(visitor.get("/be/members/" + member).statusCode()).isEqualTo(200);

    CLOCK.move(Duration.ofMinutes(29));
    assertThat(visitor.get("/be/members/" + member).statusCode()).isEqualTo(200);
    CLOCK.move(Duration.ofMinutes(31));
    HttpResponse<String> idle = visitor.get("/be/members/" + member);
    assertThat(idle.statusCode()).isEqualTo(302);
    assertThat(idle.headers().firstValue("Location")).hasValue("/be/sign-in");

    visitor.signIn(email, PeopleFixture.PASSWORD);
    String session = visitor.cookie("smart_session");
    assertThat(visitor.post("/be/sign-out", Map.of()).statusCode()).isEqualTo(302);
    Visitor replaying = new Visitor();
    replaying.cookies.getCookieStore().add(server.uri("/"), new HttpCookie("smart_session", session));
    assertThat(replaying.get("/be/members/" + member).statusCode()).isEqualTo(302);
  }

  @Test
  void afterFiveFailedTries_anAccountIsRefused_evenTheRightPassword_untilTheWindowPasses() {
    String email = people.person("anna.guessed@example.org", Role.MEMBER, member);
    Visitor visitor = new Visitor();
    for (int i = 0; i < 5; i++) assertThat(visitor.signIn(email, "wrong password " + i).statusCode()).isEqualTo(401);
    HttpResponse<String> refused = visitor.signIn(email, PeopleFixture.PASSWORD);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(visitor.signIn("ANNA.GUESSED@example.org", PeopleFixture.PASSWORD).statusCode()).isEqualTo(429);
    CLOCK.move(Duration.ofMinutes(16));
    assertThat(visitor.signIn(email, PeopleFixture.PASSWORD).statusCode()).isEqualTo(302);
  }

  /** Two servers of one database, as an entity runs them when one machine is not enough, refuse the same guesses. */
  @Test
  void failedTries_countOnEveryServerOfTheDatabase() {
    TestDatabases.Fresh shared = TestDatabases.freshSchema();
    try (RunningServer one = RunningServer.start(Dependencies.standard().withClock(CLOCK).withDatabase(shared.database()));
         RunningServer two = RunningServer.start(Dependencies.standard().withClock(CLOCK).withDatabase(Database.connect(shared.url())))) {
      String email = PeopleFixture.of(one).person("anna.roaming@example.org", Role.MEMBER,
          new Calls(one).member(one.key("BE", Role.ADMIN, null), "Anna Peeters"));
      Visitor here = new Visitor(one);
      Visitor there = new Visitor(two);
      for (int i = 0; i < 3; i++) assertThat(here.signIn(email, "wrong password " + i).statusCode()).isEqualTo(401);
      for (int i = 3; i < 5; i++) assertThat(there.signIn(email, "wrong password " + i).statusCode()).isEqualTo(401);
      assertThat(here.signIn(email, PeopleFixture.PASSWORD).statusCode()).isEqualTo(429);
      assertThat(there.signIn(email, PeopleFixture.PASSWORD).statusCode()).isEqualTo(429);
    }
  }

  @Test
  void aSignInWithoutTheFormsToken_isRefused() {
    String email = people.person("anna.forged@example.org", Role.MEMBER, member);
    Visitor visitor = new Visitor();
    visitor.get("/be/sign-in");
    HttpResponse<String> forged = visitor.send(HttpRequest.newBuilder(server.uri("/be/sign-in"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("email", email, "password", PeopleFixture.PASSWORD)))).build());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(visitor.cookie("smart_session")).isNull();
  }

  @Test
  void anInvitationIsSpentOnce_andAnAddressSignsInOnePerson() {
    String token = people.invite("anna.invited@example.org", Role.MEMBER, member);
    Visitor visitor = new Visitor();
    assertThat(visitor.get("/be/invitations/" + token).statusCode()).isEqualTo(200);
    assertThat(visitor.post("/be/invitations/" + token, Map.of("password", "short")).statusCode()).isEqualTo(400);
    assertThat(visitor.post("/be/invitations/" + token, Map.of("password", PeopleFixture.PASSWORD)).statusCode()).isEqualTo(302);
    assertThat(new Visitor().get("/be/invitations/" + token).statusCode()).isEqualTo(404);
    assertThat(new Visitor().get("/be/invitations/not-a-token").statusCode()).isEqualTo(404);
    assertThat(visitor.get("/fr/members/" + member).statusCode()).as("a person of BE is nobody in FR").isEqualTo(302);
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream().map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A browser's requests: its own cookies, no redirect followed. */
  private static final class Visitor {
    final CookieManager cookies = new CookieManager();
    final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    final RunningServer visited;

    Visitor() {
      this(server);
    }

    Visitor(RunningServer visited) {
      this.visited = visited;
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(visited.uri(path)).GET().build());
    }

    /** A form posted with the token its page gave, as the page's own form does. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
      if (cookie("smart_csrf") == null) get("/be/sign-in");
      Map<String, String> sent = new HashMap<>(fields);
      sent.put("_csrf", cookie("smart_csrf"));
      return send(HttpRequest.newBuilder(visited.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form(sent))).build());
    }

    HttpResponse<String> signIn(String email, String password) {
      return post("/be/sign-in", Map.of("email", email, "password", password));
    }

    String cookie(String name) {
      return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue)
          .findFirst().orElse(null);
    }

    HttpResponse<String> send(HttpRequest request) {
      try {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
