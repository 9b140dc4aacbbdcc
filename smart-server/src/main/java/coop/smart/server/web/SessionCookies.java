package coop.smart.server.web;

import coop.smart.core.person.Person;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The two cookies of the pages, both HttpOnly and SameSite=Strict (and Secure over HTTPS): the
 * session of a signed-in person, and the token every form sends back in a hidden field, without
 * which a POST is refused; both are new at each sign-in and sign-out.
 */
final class SessionCookies {

  static final String SESSION = "smart_session";
  static final String CSRF = "smart_csrf";
  static final String CSRF_FIELD = "_csrf";

  private static final String PERSON = SessionCookies.class.getName() + ".person";
  private static final String TOKEN = SessionCookies.class.getName() + ".csrf";

  private final People people;

  SessionCookies(People people) {
    this.people = people;
  }

  /** Who is signed in, once per request. */
  Optional<Person> person(Context ctx) {
    Optional<Person> known = ctx.attribute(PERSON);
    if (known == null) {
      known = people.session(ctx.cookie(SESSION));
      ctx.attribute(PERSON, known);
    }
    return known;
  }

  /** The token this browser's forms carry, made on its first page. */
  String csrf(Context ctx) {
    String token = ctx.attribute(TOKEN);
    if (token == null) token = ctx.cookie(CSRF);
    if (token == null || token.isBlank()) token = renewCsrf(ctx);
    ctx.attribute(TOKEN, token);
    return token;
  }

  /** Refuses a form posted without the token its page gave, as another site's form would be. */
  void requireCsrf(Context ctx) {
    String expected = ctx.cookie(CSRF);
    String sent = ctx.formParam(CSRF_FIELD);
    if (expected == null || sent == null
        || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
      throw new PageRefused(403, "error.csrf");
    }
  }

  void signIn(Context ctx, People.Opened opened) {
    ctx.cookie(cookie(ctx, SESSION, opened.token()));
    ctx.attribute(PERSON, Optional.of(opened.person()));
    renewCsrf(ctx);
  }

  void signOut(Context ctx) {
    people.signOut(ctx.cookie(SESSION));
    ctx.removeCookie(SESSION, "/");
    ctx.attribute(PERSON, Optional.empty());
    renewCsrf(ctx);
  }

  void changed(Context ctx, Person person) {
    ctx.attribute(PERSON, Optional.of(person));
  }

  private String renewCsrf(Context ctx) {
    String token = People.token();
    ctx.cookie(cookie(ctx, CSRF, token));
    ctx.attribute(TOKEN, token);
    return token;
  }

  /** A cookie of the pages: sent back to this server only, never to a script, nor along a request from another site. */
  static Cookie cookie(Context ctx, String name, String value) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setSecure("https".equals(ctx.scheme()));
    return cookie;
  }
}
