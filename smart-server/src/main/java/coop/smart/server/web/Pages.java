package coop.smart.server.web;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.operation.Role;
import coop.smart.core.person.Person;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What every page controller does alike: find the entity its path names, tell who is signed in,
 * check a form's token, and render a template with the {@link Visit}.
 */
final class Pages {

  /** A page's work, given the request and its visit. */
  @FunctionalInterface
  interface PageHandler {
    void handle(Context ctx, Visit visit) throws Exception;
  }

  private final EntityCatalog catalog;
  private final SessionCookies sessions;
  private final Templates templates;
  private final Assets assets;

  Pages(EntityCatalog catalog, SessionCookies sessions, Templates templates, Assets assets) {
    this.catalog = catalog;
    this.sessions = sessions;
    this.templates = templates;
    this.assets = assets;
  }

  /** A page anyone may see; a record the operations do not find, or hide, is a missing page. */
  Handler open(PageHandler work) {
    return ctx -> {
      Visit visit = visit(ctx);
      try {
        work.handle(ctx, visit);
      } catch (NotFoundException e) {
        throw PageRefused.missing();
      }
    };
  }

  /** A page for a person of the path's entity with one of {@code roles}; a visitor is sent to sign in first. */
  Handler signedIn(Set<Role> roles, PageHandler work) {
    return open((ctx, visit) -> {
      if (visit.person() == null) {
        ctx.redirect(visit.home() + "/sign-in");
        return;
      }
      if (!roles.contains(visit.person().role())) throw PageRefused.missing();
      work.handle(ctx, visit);
    });
  }

  /** A form's POST: refused without the token its page gave. */
  Handler form(PageHandler work) {
    return open((ctx, visit) -> {
      sessions.requireCsrf(ctx);
      work.handle(ctx, visit);
    });
  }

  /** A signed-in person's form. */
  Handler signedInForm(Set<Role> roles, PageHandler work) {
    return signedIn(roles, (ctx, visit) -> {
      sessions.requireCsrf(ctx);
      work.handle(ctx, visit);
    });
  }

  Visit visit(Context ctx) {
    NationalEntity entity = ctx.pathParamMap().containsKey("entity") ? entity(ctx.pathParam("entity")) : null;
    Person person = entity == null ? null : sessions.person(ctx).filter(found -> found.entity().equals(entity.code())).orElse(null);
    String country = entity == null ? "BE" : entity.code().value();
    return new Visit(new Texts(Language.of(ctx, person), country), entity, person, sessions.csrf(ctx), ctx.path(), assets);
  }

  /** The visit, or one with no entity when the path names none the server has. */
  Visit visitOrDefault(Context ctx) {
    try {
      return visit(ctx);
    } catch (PageRefused e) {
      return new Visit(new Texts(Language.of(ctx, null), "BE"), null, null, sessions.csrf(ctx), ctx.path(), assets);
    }
  }

  /** Renders {@code template} with the visit and {@code parameters}, given as name, value, name, value… */
  void render(Context ctx, Visit visit, String template, Object... parameters) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("visit", visit);
    for (int i = 0; i < parameters.length; i += 2) values.put((String) parameters[i], parameters[i + 1]);
    templates.render(ctx, template, values);
  }

  /** The id the path's parameter {@code name} gives; anything else is no page. */
  static UUID pathId(Context ctx, String name) {
    try {
      return UUID.fromString(ctx.pathParam(name));
    } catch (IllegalArgumentException e) {
      throw PageRefused.missing();
    }
  }

  SessionCookies sessions() {
    return sessions;
  }

  /** The entity whose pages a path starts with: its code in lower case ({@code /be}), anything else is no page. */
  private NationalEntity entity(String code) {
    if (!code.equals(code.toLowerCase(Locale.ROOT))) throw PageRefused.missing();
    String upper = code.toUpperCase(Locale.ROOT);
    return catalog.entities().stream().filter(entity -> entity.code().value().equals(upper)).findFirst()
        .orElseThrow(PageRefused::missing);
  }
}
