package coop.smart.server.web;

import coop.smart.core.error.ConflictException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.person.Person;
import coop.smart.server.security.Access;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/** Signing in and out, accepting an invitation, and a person's language. */
public final class SignInController {

  private final Pages pages;
  private final People people;

  SignInController(Pages pages, People people) {
    this.pages = pages;
    this.people = people;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/{entity}/sign-in", pages.open(this::form));
    routes.post("/{entity}/sign-in", pages.form(this::signIn));
    routes.post("/{entity}/sign-out", pages.signedInForm(Access.ANYONE, this::signOut));
    routes.get("/{entity}/invitations/{token}", pages.open(this::invitation));
    routes.post("/{entity}/invitations/{token}", pages.form(this::accept));
    routes.get("/{entity}/settings", pages.signedIn(Access.ANYONE, (ctx, visit) -> pages.render(ctx, visit, "settings")));
    routes.post("/{entity}/settings", pages.signedInForm(Access.ANYONE, this::settings));
  }

  private void form(Context ctx, Visit visit) {
    if (visit.person() != null) {
      ctx.redirect(visit.start());
      return;
    }
    pages.render(ctx, visit, "signIn", "email", "", "error", null);
  }

  private void signIn(Context ctx, Visit visit) {
    String email = ctx.formParam("email");
    Optional<People.Opened> opened;
    try {
      opened = people.signIn(visit.entity().code(), email, ctx.formParam("password"), ctx.ip());
    } catch (People.Throttled e) {
      ctx.status(429).header("Retry-After", Long.toString(e.minutes() * 60));
      pages.render(ctx, visit, "signIn", "email", email == null ? "" : email, "error", visit.t("signIn.throttled", e.minutes()));
      return;
    }
    if (opened.isEmpty()) {
      ctx.status(401);
      pages.render(ctx, visit, "signIn", "email", email == null ? "" : email, "error", visit.t("signIn.refused"));
      return;
    }
    pages.sessions().signIn(ctx, opened.get());
    ctx.redirect(signedIn(visit, opened.get().person()).start());
  }

  private void signOut(Context ctx, Visit visit) {
    pages.sessions().signOut(ctx);
    ctx.redirect(visit.home());
  }

  private void invitation(Context ctx, Visit visit) {
    Person invited = people.invited(visit.entity().code(), ctx.pathParam("token")).orElseThrow(PageRefused::missing);
    pages.render(ctx, visit, "invitation", "invited", invited, "email", "", "errors", FormErrors.none());
  }

  private void accept(Context ctx, Visit visit) {
    String token = ctx.pathParam("token");
    Person invited = people.invited(visit.entity().code(), token).orElseThrow(PageRefused::missing);
    String email = ctx.formParam("email");
    try {
      People.Opened opened = people.accept(visit.entity().code(), token, email, ctx.formParam("password")).orElseThrow(PageRefused::missing);
      pages.sessions().signIn(ctx, opened);
      ctx.redirect(signedIn(visit, opened.person()).start());
    } catch (ValidationException e) {
      ctx.status(400);
      pages.render(ctx, visit, "invitation", "invited", invited, "email", email == null ? "" : email, "errors", FormErrors.of(e, visit.texts()));
    } catch (ConflictException e) {
      FormErrors errors = FormErrors.none();
      errors.add("email", visit.t("error.emailTaken"));
      ctx.status(409);
      pages.render(ctx, visit, "invitation", "invited", invited, "email", email == null ? "" : email, "errors", errors);
    }
  }

  private void settings(Context ctx, Visit visit) {
    String language = ctx.formParam("language");
    if (language == null || !Texts.LANGUAGES.contains(language)) throw new PageRefused(400, "error.notChosen");
    pages.sessions().changed(ctx, people.setLanguage(visit.person(), language));
    ctx.redirect(visit.home() + "/settings");
  }

  private static Visit signedIn(Visit visit, Person person) {
    return new Visit(visit.texts(), visit.entity(), person, visit.csrf(), visit.path(), visit.assets());
  }
}
