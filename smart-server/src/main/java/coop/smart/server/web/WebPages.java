package coop.smart.server.web;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.server.api.Records;
import coop.smart.server.api.Simulations;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;

/**
 * The members' and advisors' web pages: public pages per entity ({@code /be}: the pay simulator,
 * the lease quote), signing in, a member's pages, the advisors' page and their correction of a client's details. Their own scripts and
 * styles are served under {@code /assets}, htmx and uPlot from their WebJars.
 */
public final class WebPages {

  private final Pages pages;
  private final PublicPagesController publicPages;
  private final SignInController signIn;
  private final MemberPagesController memberPages;
  private final AdvisorPagesController advisorPages;
  private final ClientPagesController clientPages;

  public WebPages(EntityCatalog catalog, Records records, Simulations simulations, People people, Clock clock) {
    this.pages = new Pages(catalog, new SessionCookies(people), new Templates(), Assets.pinned());
    this.publicPages = new PublicPagesController(pages, catalog, simulations, clock);
    this.signIn = new SignInController(pages, people);
    this.memberPages = new MemberPagesController(pages, records, clock);
    this.advisorPages = new AdvisorPagesController(pages, records, people, clock);
    this.clientPages = new ClientPagesController(pages, records);
  }

  /** Serves the pages' own scripts and styles; the WebJars are served already. */
  public void assets(JavalinConfig config) {
    config.staticFiles.add(files -> {
      files.hostedPath = "/assets";
      files.directory = "/coop/smart/server/web/assets";
      files.location = Location.CLASSPATH;
    });
  }

  /** The pages' routes, after every other: {@code /{entity}} must not take {@code /docs}'s place. */
  public void routes(RoutesConfig routes) {
    publicPages.routes(routes);
    signIn.routes(routes);
    memberPages.routes(routes);
    advisorPages.routes(routes);
    clientPages.routes(routes);
    routes.exception(PageRefused.class, (e, ctx) -> {
      ctx.status(e.status());
      pages.render(ctx, pages.visitOrDefault(ctx), "error", "text", e.text());
    });
  }
}
