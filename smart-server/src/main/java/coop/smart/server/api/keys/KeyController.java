package coop.smart.server.api.keys;

import coop.smart.core.access.ApiKey;
import coop.smart.core.access.KeyScope;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Members;
import coop.smart.core.operation.Role;
import coop.smart.server.api.Entities;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.Stores;
import coop.smart.server.api.Records;
import coop.smart.server.http.JsonBody;
import coop.smart.server.security.Access;
import coop.smart.server.security.ApiKeys;
import coop.smart.server.security.Caller;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.Map;

/**
 * {@code /api/v1/api-keys}: an entity's administrators issue, list and revoke its keys, and a
 * cooperative administrator's key those of any entity. A key's secret is in the answer that
 * issues it and nowhere else: a retry of the issuing request gets the key without it.
 */
public final class KeyController {

  /** Rule code of the refusal to revoke the key that asks: it would lock its holder out mid-request. */
  public static final String SELF_REVOCATION = "SELF_REVOCATION";

  private final ApiKeys keys;
  private final Entities entities;
  private final Records records;
  private final Access access;
  private final Idempotency idempotency;
  private final JsonBody body;

  public KeyController(ApiKeys keys, Entities entities, Records records, Access access, Idempotency idempotency, JsonBody body) {
    this.keys = keys;
    this.entities = entities;
    this.records = records;
    this.access = access;
    this.idempotency = idempotency;
    this.body = body;
  }

  public void routes(RoutesConfig routes) {
    routes.post("/api/v1/api-keys", access.allow(this::issue, Role.ADMIN));
    routes.get("/api/v1/api-keys", access.allow(this::list, Role.ADMIN));
    routes.delete("/api/v1/api-keys/{id}", access.allow(this::revoke, Role.ADMIN));
  }

  private void issue(Context ctx, Caller caller) {
    NewKey request = body.read(ctx, NewKey.class);
    EntityCode entity = administered(caller, request.entity());
    if (request.scope() == KeyScope.COOPERATIVE && caller.scope() != KeyScope.COOPERATIVE) {
      throw new ForbiddenResponse("only a cooperative administrator's key issues another one");
    }
    Stores stores = records.of(entity);
    MemberId member = request.member() == null ? null : new MemberId(request.member());
    idempotency.respond(ctx, caller, () -> {
      if (member != null) new Members(stores.operated()).find(caller.actingIn(entity, ctx.header(Idempotency.HEADER)), member);
      ApiKeys.Issued issued = keys.issue(entity, request.role(), member, request.label(), request.scope());
      stores.audit(caller, ctx, "api-key.issue", "api-key", issued.key().id());
      return Reply.created("/api/v1/api-keys/" + issued.key().id(), KeyView.of(issued.key(), issued.secret()))
          .replayedAs(KeyView.of(issued.key(), null));
    });
  }

  private void list(Context ctx, Caller caller) {
    EntityCode entity = administered(caller, ctx.queryParam("entity"));
    ctx.json(Map.of("items", keys.of(entity).stream().map(key -> KeyView.of(key, null)).toList()));
  }

  private void revoke(Context ctx, Caller caller) {
    String id = ctx.pathParam("id");
    // Not even an id names no key: refused before the audit trail is written, whose column it may not fit.
    if (!ApiKey.isId(id)) throw new NotFoundException("no API key " + id + " is issued in " + caller.entity());
    if (id.equals(caller.keyId())) throw new BusinessRuleException(SELF_REVOCATION, "a key cannot revoke itself; revoke it with another ADMIN key");
    // Another entity's key is as unknown to its administrators as a key never issued.
    EntityCode entity = keys.byId(id).map(ApiKey::entity).filter(caller::administersKeysOf)
        .orElseThrow(() -> new NotFoundException("no API key " + id + " is issued in " + caller.entity()));
    // Recorded first: a revocation the trail does not show must not happen, and a refused one rolls the record back.
    records.audited(caller, entity, ctx, "api-key.revoke", "api-key", id, () -> {
      if (!keys.revoke(entity, id, caller.keyId())) throw new NotFoundException("no API key " + id + " is issued in " + entity);
    });
    ctx.status(204);
  }

  /** The entity a request names ({@code entity}, the caller's own when absent), if the caller administers its keys. */
  private EntityCode administered(Caller caller, String named) {
    EntityCode entity = named == null ? caller.entity() : entities.inBody(named).code();
    if (!caller.administersKeysOf(entity)) {
      throw new ForbiddenResponse("an ADMIN key of " + caller.entity() + " administers the keys of " + caller.entity() + " only; those of "
          + entity + " are issued by a cooperative administrator's key, or with 'smart-server keys issue' on the server");
    }
    return entity;
  }
}
