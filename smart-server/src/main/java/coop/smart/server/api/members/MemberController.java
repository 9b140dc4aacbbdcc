package coop.smart.server.api.members;

import coop.smart.core.error.NotFoundException;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.PathIds;
import coop.smart.server.api.Records;
import coop.smart.server.api.Stores;
import coop.smart.server.http.JsonBody;
import coop.smart.server.http.Paging;
import coop.smart.server.http.Versions;
import coop.smart.server.security.Access;
import coop.smart.server.security.Caller;
import coop.smart.server.security.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/members}: members join, are listed and read, and buy shares. A member's key
 * sees its own member only.
 */
public final class MemberController {

  private final Records records;
  private final Access access;
  private final Idempotency idempotency;
  private final JsonBody body;

  public MemberController(Records records, Access access, Idempotency idempotency, JsonBody body) {
    this.records = records;
    this.access = access;
    this.idempotency = idempotency;
    this.body = body;
  }

  public void routes(RoutesConfig routes) {
    routes.post("/api/v1/members", access.allow(Access.STAFF, this::join));
    routes.get("/api/v1/members", access.allow(Access.ANYONE, this::list));
    routes.get("/api/v1/members/{id}", access.allow(Access.ANYONE, this::one));
    routes.post("/api/v1/members/{id}/shares", access.allow(this::buyShares, Role.ADMIN, Role.ADVISOR));
  }

  private void join(Context ctx, Caller caller) {
    NewMember request = body.read(ctx, NewMember.class);
    Stores stores = records.of(caller);
    idempotency.respond(ctx, caller, () -> {
      Member member = stores.members().save(Member.join(caller.entity(), request.kind(), request.name()));
      stores.audit(caller, ctx, "member.join", "member", member.id());
      return Reply.created(path(member), MemberView.of(member), member.version());
    });
  }

  private void list(Context ctx, Caller caller) {
    int limit = Paging.limit(ctx);
    UUID after = Paging.after(ctx);
    Stores stores = records.of(caller);
    // A member's key lists its own member: one page of one.
    List<Member> fetched = caller.member() == null
        ? stores.members().list(after == null ? null : new MemberId(after), limit + 1)
        : stores.members().find(caller.member()).filter(member -> after == null).stream().toList();
    ctx.json(Paging.page(fetched, limit, member -> member.id().value(), MemberView::of));
  }

  private void one(Context ctx, Caller caller) {
    Member member = find(ctx, caller, records.of(caller));
    Versions.tag(ctx, member.version());
    ctx.json(MemberView.of(member));
  }

  private void buyShares(Context ctx, Caller caller) {
    SharePurchase request = body.read(ctx, SharePurchase.class);
    Stores stores = records.of(caller);
    Member member = records.transactions().inTransaction(() -> {
      Member current = find(ctx, caller, stores);
      Versions.requireCurrent(ctx, current.version(), "member " + current.id());
      Member saved = Versions.saving("member " + current.id(),
          () -> stores.members().save(current.buyShares(request.count(), request.category())));
      stores.audit(caller, ctx, "member.buy-shares", "member", saved.id());
      return saved;
    });
    Versions.tag(ctx, member.version());
    ctx.json(MemberView.of(member));
  }

  private static Member find(Context ctx, Caller caller, Stores stores) {
    MemberId id = new MemberId(PathIds.of(ctx, "id", "member"));
    caller.requireSees(id, "member " + id);
    return stores.members().find(id).orElseThrow(() -> new NotFoundException("no member " + id + " is stored in " + caller.entity()));
  }

  static String path(Member member) {
    return "/api/v1/members/" + member.id();
  }
}
