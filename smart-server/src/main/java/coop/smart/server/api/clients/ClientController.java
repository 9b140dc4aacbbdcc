package coop.smart.server.api.clients;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.operation.Clients;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.PathIds;
import coop.smart.server.api.Records;
import coop.smart.server.http.JsonBody;
import coop.smart.server.http.Paging;
import coop.smart.server.http.Versions;
import coop.smart.server.security.Access;
import coop.smart.server.security.Caller;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.UUID;

/**
 * {@code /api/v1/clients}: the entity's clients, registered, listed, read and corrected by its
 * staff. Clients belong to the entity, not to one member, so a member's key may read a client
 * whose id it holds (to draft a contract for it) but not list them: the list is the entity's
 * whole customer base.
 */
public final class ClientController {

  private final Records records;
  private final Access access;
  private final Idempotency idempotency;
  private final JsonBody body;

  public ClientController(Records records, Access access, Idempotency idempotency, JsonBody body) {
    this.records = records;
    this.access = access;
    this.idempotency = idempotency;
    this.body = body;
  }

  public void routes(RoutesConfig routes) {
    routes.post("/api/v1/clients", access.allow(Access.STAFF, this::register));
    routes.get("/api/v1/clients", access.allow(Access.STAFF, this::list));
    routes.get("/api/v1/clients/{id}", access.allow(Access.ANYONE, this::one));
    routes.put("/api/v1/clients/{id}", access.allow(Access.STAFF, this::change));
  }

  private void register(Context ctx, Caller caller) {
    ClientDetails request = body.read(ctx, ClientDetails.class);
    Clients clients = new Clients(records.of(caller).operated());
    idempotency.respond(ctx, caller, () -> {
      Client client = clients.register(Records.actor(ctx, caller), request.details());
      return Reply.created("/api/v1/clients/" + client.id(), ClientView.of(client), client.version());
    });
  }

  private void list(Context ctx, Caller caller) {
    int limit = Paging.limit(ctx);
    UUID after = Paging.after(ctx);
    ctx.json(Paging.page(new Clients(records.of(caller).operated()).page(after == null ? null : new ClientId(after), limit + 1), limit,
        client -> client.id().value(), ClientView::of));
  }

  private void one(Context ctx, Caller caller) {
    Client client = new Clients(records.of(caller).operated()).find(Records.actor(ctx, caller), id(ctx));
    Versions.tag(ctx, client.version());
    ctx.json(ClientView.of(client));
  }

  private void change(Context ctx, Caller caller) {
    ClientDetails request = body.read(ctx, ClientDetails.class);
    ClientId id = id(ctx);
    Client client = new Clients(records.of(caller).operated())
        .correct(Records.actor(ctx, caller), id, Versions.expected(ctx, "client " + id), request.details());
    Versions.tag(ctx, client.version());
    ctx.json(ClientView.of(client));
  }

  private static ClientId id(Context ctx) {
    return new ClientId(PathIds.of(ctx, "id", "client"));
  }
}
