package coop.smart.server.api.members;

import coop.smart.core.member.BankAccount;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Members;
import coop.smart.core.operation.Role;
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
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/members}: members join, are listed and read, buy shares and give the bank account
 * they are paid into. A member's key sees its own member only.
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
    routes.put("/api/v1/members/{id}/bank-account", access.allow(this::changeBankAccount, Role.ADMIN, Role.ADVISOR, Role.MEMBER));
  }

  private void join(Context ctx, Caller caller) {
    NewMember request = body.read(ctx, NewMember.class);
    BankAccount account = request.bankAccount() == null ? null : request.bankAccount().toAccount("bankAccount.");
    Members members = new Members(records.of(caller).operated());
    idempotency.respond(ctx, caller, () -> {
      Member member = members.join(Records.actor(ctx, caller), request.kind(), request.name(), request.language(), account);
      return Reply.created(path(member), MemberView.of(member), member.version());
    });
  }

  private void list(Context ctx, Caller caller) {
    int limit = Paging.limit(ctx);
    UUID after = Paging.after(ctx);
    List<Member> fetched = new Members(records.of(caller).operated())
        .page(Records.actor(ctx, caller), after == null ? null : new MemberId(after), limit + 1);
    ctx.json(Paging.page(fetched, limit, member -> member.id().value(), MemberView::of));
  }

  private void one(Context ctx, Caller caller) {
    Member member = new Members(records.of(caller).operated()).find(Records.actor(ctx, caller), id(ctx));
    Versions.tag(ctx, member.version());
    ctx.json(MemberView.of(member));
  }

  private void buyShares(Context ctx, Caller caller) {
    SharePurchase request = body.read(ctx, SharePurchase.class);
    MemberId id = id(ctx);
    Member member = new Members(records.of(caller).operated())
        .buyShares(Records.actor(ctx, caller), id, Versions.expected(ctx, "member " + id), request.count(), request.category());
    Versions.tag(ctx, member.version());
    ctx.json(MemberView.of(member));
  }

  private void changeBankAccount(Context ctx, Caller caller) {
    BankAccountDetails request = body.read(ctx, BankAccountDetails.class);
    MemberId id = id(ctx);
    Member member = new Members(records.of(caller).operated())
        .changeBankAccount(Records.actor(ctx, caller), id, Versions.expected(ctx, "member " + id), request.toAccount(""));
    Versions.tag(ctx, member.version());
    ctx.json(MemberView.of(member));
  }

  private static MemberId id(Context ctx) {
    return new MemberId(PathIds.of(ctx, "id", "member"));
  }

  static String path(Member member) {
    return "/api/v1/members/" + member.id();
  }
}
