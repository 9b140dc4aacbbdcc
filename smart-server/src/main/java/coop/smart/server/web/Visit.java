package coop.smart.server.web;

import coop.smart.core.entity.NationalEntity;
import coop.smart.core.person.Person;
import java.util.List;
import java.util.Locale;

/**
 * What every page knows of the request it answers: the language and its words, the entity whose
 * pages these are (null on the list of entities), who is signed in (null for a visitor), the
 * token its forms must send back, and the path, to offer the same page in the other languages.
 */
public record Visit(Texts texts, NationalEntity entity, Person person, String csrf, String path, Assets assets) {

  public String t(String key, Object... arguments) {
    return texts.t(key, arguments);
  }

  public String language() {
    return texts.language();
  }

  public List<String> languages() {
    return Texts.LANGUAGES;
  }

  /** The entity's pages start at its code in lower case: {@code /be}. */
  public String home() {
    return entity == null ? "/" : home(entity);
  }

  public static String home(NationalEntity entity) {
    return "/" + entity.code().value().toLowerCase(Locale.ROOT);
  }

  /** Where a signed-in person starts: a member at its own records, staff at the advisors' page. */
  public String start() {
    if (person == null) return home() + "/sign-in";
    return person.member() != null ? home() + "/members/" + person.member() : home() + "/advice";
  }

  public boolean staff() {
    return person != null && person.member() == null;
  }
}
