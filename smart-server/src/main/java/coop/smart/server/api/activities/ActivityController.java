package coop.smart.server.api.activities;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityBudget;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Activities;
import coop.smart.core.operation.Role;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.PathIds;
import coop.smart.server.api.Records;
import coop.smart.server.http.InvalidParameter;
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
 * {@code /api/v1/activities}: activities opened by shareholders, their budgets and budget
 * statements, expenses and transfers paid from them, money from financing agreements and rights
 * concessions, and the closing of a year. A member's key reaches the activities its member
 * administers only, and acts as that administrator.
 */
public final class ActivityController {

  private final Records records;
  private final Access access;
  private final Idempotency idempotency;
  private final JsonBody body;

  public ActivityController(Records records, Access access, Idempotency idempotency, JsonBody body) {
    this.records = records;
    this.access = access;
    this.idempotency = idempotency;
    this.body = body;
  }

  public void routes(RoutesConfig routes) {
    routes.post("/api/v1/activities", access.allow(Access.ANYONE, this::open));
    routes.get("/api/v1/activities", access.allow(Access.ANYONE, this::list));
    routes.get("/api/v1/activities/{id}", access.allow(Access.ANYONE, this::one));
    routes.get("/api/v1/activities/{id}/ledger", access.allow(Access.ANYONE, this::ledger));
    routes.get("/api/v1/activities/{id}/ledger/{entryId}", access.allow(Access.ANYONE, this::entry));
    routes.post("/api/v1/activities/{id}/expenses", access.allow(Access.ANYONE, this::expense));
    routes.post("/api/v1/activities/{id}/transfers", access.allow(Access.ANYONE, this::transfer));
    routes.post("/api/v1/activities/{id}/receipts", access.allow(Access.STAFF, this::receive));
    routes.post("/api/v1/activities/{id}/year-closings", access.allow(this::closeYear, Role.ADMIN, Role.ADVISOR));
    routes.post("/api/v1/year-closings", access.allow(this::closeEntityYear, Role.ADMIN, Role.ADVISOR));
    routes.post("/api/v1/activities/{id}/invitations", access.allow(this::invite, Role.ADMIN, Role.ADVISOR, Role.MEMBER));
    routes.post("/api/v1/activities/{id}/invitations/acceptance", access.allow(this::accept, Role.MEMBER));
    routes.post("/api/v1/activities/{id}/administrators", access.allow(this::addAdministrator, Role.ADMIN, Role.ADVISOR));
  }

  private void open(Context ctx, Caller caller) {
    NewActivity request = body.read(ctx, NewActivity.class);
    Activities activities = activities(caller);
    idempotency.respond(ctx, caller, () -> {
      Activity saved = activities.open(Records.actor(ctx, caller), request.name(), request.sector().toSector(), request.administrators());
      return Reply.created(path(saved.id()), ActivityView.of(saved, activities.budgets()), saved.version());
    });
  }

  private void list(Context ctx, Caller caller) {
    int limit = Paging.limit(ctx);
    UUID after = Paging.after(ctx);
    Activities activities = activities(caller);
    List<Activity> fetched = activities.page(Records.actor(ctx, caller), after == null ? null : new ActivityId(after), limit + 1);
    ActivityBudget budgets = activities.budgets();
    ctx.json(Paging.page(fetched, limit, activity -> activity.id().value(), activity -> ActivityView.of(activity, budgets)));
  }

  private void one(Context ctx, Caller caller) {
    Activities activities = activities(caller);
    respond(ctx, activities, activities.find(Records.actor(ctx, caller), id(ctx)));
  }

  private void ledger(Context ctx, Caller caller) {
    int limit = Paging.limit(ctx);
    UUID after = Paging.after(ctx);
    List<EntryView> statement = statement(ctx, caller);
    int start = 0;
    if (after != null) {
      start = statement.stream().map(EntryView::id).toList().indexOf(after) + 1;
      if (start == 0) throw new InvalidParameter("cursor", "must be a nextCursor this API returned for this activity");
    }
    ctx.json(Paging.page(statement.subList(start, Math.min(statement.size(), start + limit + 1)), limit, EntryView::id, view -> view));
  }

  private void entry(Context ctx, Caller caller) {
    UUID id = PathIds.of(ctx, "entryId", "journal entry");
    ctx.json(statement(ctx, caller).stream().filter(view -> view.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFoundException("activity " + id(ctx) + " has no journal entry " + id)));
  }

  private void expense(Context ctx, Caller caller) {
    ExpenseRequest request = body.read(ctx, ExpenseRequest.class);
    Activities activities = activities(caller);
    idempotency.respond(ctx, caller, () -> booked(activities.reimburse(Records.actor(ctx, caller), id(ctx), request.administrator(),
        request.claimant(), request.description(), request.amount(), request.incurredOn(), request.paidOn())));
  }

  private void transfer(Context ctx, Caller caller) {
    TransferRequest request = body.read(ctx, TransferRequest.class);
    Activities activities = activities(caller);
    idempotency.respond(ctx, caller, () -> booked(activities.transfer(Records.actor(ctx, caller), id(ctx), new ActivityId(request.to()),
        request.administrator(), request.amount(), request.on())));
  }

  private void receive(Context ctx, Caller caller) {
    ReceiptRequest request = body.read(ctx, ReceiptRequest.class);
    Activities activities = activities(caller);
    idempotency.respond(ctx, caller, () -> booked(activities.receive(Records.actor(ctx, caller), id(ctx), request.administrator(),
        request.kind(), request.amount(), request.holder(), request.on())));
  }

  private void closeYear(Context ctx, Caller caller) {
    YearClosing request = body.read(ctx, YearClosing.class);
    Activities activities = activities(caller);
    ActivityId id = id(ctx);
    respond(ctx, activities, activities.closeYear(Records.actor(ctx, caller), id, Versions.expected(ctx, "activity " + id), request.year()));
  }

  private void invite(Context ctx, Caller caller) {
    AdministratorRequest request = body.read(ctx, AdministratorRequest.class);
    Activities activities = activities(caller);
    ActivityId id = id(ctx);
    respond(ctx, activities, activities.invite(Records.actor(ctx, caller), id, Versions.expected(ctx, "activity " + id), new MemberId(request.member())));
  }

  private void accept(Context ctx, Caller caller) {
    Activities activities = activities(caller);
    ActivityId id = id(ctx);
    respond(ctx, activities, activities.acceptInvitation(Records.actor(ctx, caller), id, Versions.expected(ctx, "activity " + id)));
  }

  private void addAdministrator(Context ctx, Caller caller) {
    AdministratorRequest request = body.read(ctx, AdministratorRequest.class);
    Activities activities = activities(caller);
    ActivityId id = id(ctx);
    respond(ctx, activities, activities.addAdministrator(Records.actor(ctx, caller), id, Versions.expected(ctx, "activity " + id),
        new MemberId(request.member())));
  }

  private static void respond(Context ctx, Activities activities, Activity activity) {
    Versions.tag(ctx, activity.version());
    ctx.json(ActivityView.of(activity, activities.budgets()));
  }

  /** The entity's year closing: the year, and the activities it closed. */
  record EntityYearClosing(int year, List<ActivityView> closed) {
  }

  private void closeEntityYear(Context ctx, Caller caller) {
    YearClosing request = body.read(ctx, YearClosing.class);
    Activities activities = activities(caller);
    idempotency.respond(ctx, caller, () -> {
      ActivityBudget budgets = activities.budgets();
      return Reply.ok(new EntityYearClosing(request.year(), activities.closeYearEverywhere(Records.actor(ctx, caller), request.year()).stream()
          .map(activity -> ActivityView.of(activity, budgets)).toList()));
    });
  }

  private List<EntryView> statement(Context ctx, Caller caller) {
    Activities activities = activities(caller);
    return activities.statement(activities.find(Records.actor(ctx, caller), id(ctx))).stream().map(EntryView::of).toList();
  }

  /** The answer to a movement of money: the statement line of the entry it booked. */
  private static Reply booked(Activities.Booked booked) {
    return Reply.created(path(booked.activity().id()) + "/ledger/" + booked.line().entry().id(), EntryView.of(booked.line()));
  }

  private Activities activities(Caller caller) {
    return new Activities(records.of(caller).operated());
  }

  private static ActivityId id(Context ctx) {
    return new ActivityId(PathIds.of(ctx, "id", "activity"));
  }

  static String path(ActivityId id) {
    return "/api/v1/activities/" + id;
  }
}
