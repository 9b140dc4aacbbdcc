package coop.smart.server.web;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.client.ClientKind;
import coop.smart.core.error.StaleVersionException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.operation.Clients;
import coop.smart.core.operation.Role;
import coop.smart.server.api.Records;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.Set;

/**
 * Advisors and administrators correct a client's details for the members who invoice it: from
 * the version the page showed, each refused field named beside it in the page's language.
 */
final class ClientPagesController {

  private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.ADVISOR);

  private final Pages pages;
  private final Records records;

  ClientPagesController(Pages pages, Records records) {
    this.pages = pages;
    this.records = records;
  }

  void routes(RoutesConfig routes) {
    String client = "/{entity}/advice/clients/{client}";
    routes.get(client, pages.signedIn(STAFF, this::show));
    routes.post(client, pages.signedInForm(STAFF, this::correct));
  }

  private void show(Context ctx, Visit visit) {
    Client client = clients(visit).find(visit.person().actor(), id(ctx));
    render(ctx, visit, client, ClientForm.of(client), FormErrors.none(), ctx.queryParam("corrected") != null);
  }

  private void correct(Context ctx, Visit visit) {
    Clients clients = clients(visit);
    Client shown = clients.find(visit.person().actor(), id(ctx));
    FormFields fields = FormFields.body(ctx);
    ClientForm form = ClientForm.read(fields);
    try {
      ClientKind kind = fields.choice("kind", ClientKind.class);
      fields.check();
      clients.correct(visit.person().actor(), shown.id(), form.version(),
          // The form corrects what it shows; the addresses and language its documents use are kept as stored.
          new Clients.Details(fields.text("name"), fields.text("country"), kind, fields.text("vatNumber"), shown.address(),
              shown.electronicAddress(), shown.language()));
      ctx.redirect(visit.home() + "/advice/clients/" + shown.id() + "?corrected");
    } catch (ValidationException e) {
      ctx.status(400);
      render(ctx, visit, shown, form, FormErrors.of(e, visit.texts(), "client"), false);
    } catch (StaleVersionException e) {
      ctx.status(412);
      FormErrors errors = FormErrors.none();
      errors.add("", visit.t("error.clientStale"));
      Client now = clients.find(visit.person().actor(), shown.id());
      render(ctx, visit, now, ClientForm.of(now), errors, false);
    }
  }

  private void render(Context ctx, Visit visit, Client client, ClientForm form, FormErrors errors, boolean corrected) {
    pages.render(ctx, visit, "client", "client", client, "form", form, "errors", errors, "corrected", corrected);
  }

  private Clients clients(Visit visit) {
    return new Clients(records.of(visit.entity().code()).operated());
  }

  private static ClientId id(Context ctx) {
    return new ClientId(Pages.pathId(ctx, "client"));
  }
}
