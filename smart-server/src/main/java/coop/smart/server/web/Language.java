package coop.smart.server.web;

import coop.smart.core.person.Person;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The language a page is written in: the one a link asks for ({@code ?lang=nl}, kept in a cookie
 * for the pages after it), else the signed-in person's setting, else the one chosen before on this
 * browser, else the browser's {@code Accept-Language}, else English.
 */
final class Language {

  static final String COOKIE = "smart_lang";

  private Language() {
  }

  static String of(Context ctx, Person person) {
    String asked = ctx.queryParam("lang");
    if (asked != null && Texts.LANGUAGES.contains(asked)) {
      ctx.cookie(SessionCookies.cookie(ctx, COOKIE, asked));
      return asked;
    }
    if (person != null && person.language() != null) return person.language();
    String chosen = ctx.cookie(COOKIE);
    if (chosen != null && Texts.LANGUAGES.contains(chosen)) return chosen;
    String accepted = ctx.header("Accept-Language");
    if (accepted != null) {
      try {
        String match = Locale.lookupTag(Locale.LanguageRange.parse(accepted), Texts.LANGUAGES);
        if (match != null) return match;
      } catch (IllegalArgumentException e) {
        // a malformed header asks for nothing
      }
    }
    return Texts.LANGUAGES.get(0);
  }
}
