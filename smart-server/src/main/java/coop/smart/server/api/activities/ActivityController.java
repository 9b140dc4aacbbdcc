package coop.smart.server.api.activities;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityBudget;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.activity.ExpenseClaim;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Posting;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.joda.money.Money;

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
  }

  private void open(Context ctx, Caller caller) {
    NewActivity request = body.read(ctx, NewActivity.class);
    if (caller.member() != null && !request.administrators().contains(caller.member().value())) {
      throw ValidationException.of("administrators", "a member's key opens activities its member administers: name " + caller.member());
    }
    Stores stores = records.of(caller);
    LocalDate today = LocalDate.now(stores.clock());
    idempotency.respond(ctx, caller, () -> {
      List<Member> administrators = new ArrayList<>();
      for (int i = 0; i < request.administrators().size(); i++) {
        administrators.add(member(stores, request.administrators().get(i), "administrators[" + i + "]"));
      }
      Activity activity = Activity.open(stores.entity(), administrators.get(0), request.name(), request.sector().toSector(), today);
      for (Member other : administrators.subList(1, administrators.size())) activity = activity.addAdministrator(stores.entity(), other, today);
      Activity saved = stores.activities().save(activity);
      stores.audit(caller, ctx, "activity.open", "activity", saved.id());
      return Reply.created(path(saved.id()), ActivityView.of(saved, stores.flow().budgets()), saved.version());
    });
  }

  private void list(Context ctx, Caller caller) {
    int limit = Paging.limit(ctx);
    UUID after = Paging.after(ctx);
    Stores stores = records.of(caller);
    // A member administers a few activities: they are read whole and paged here, sorted and compared the same way.
    List<Activity> fetched = caller.member() == null
        ? stores.activities().list(after == null ? null : new ActivityId(after), limit + 1)
        : stores.activities().administeredBy(caller.member()).stream()
            .sorted(Comparator.comparing(activity -> activity.id().value()))
            .filter(activity -> after == null || activity.id().value().compareTo(after) > 0).limit(limit + 1L).toList();
    ActivityBudget budgets = stores.flow().budgets();
    ctx.json(Paging.page(fetched, limit, activity -> activity.id().value(), activity -> ActivityView.of(activity, budgets)));
  }

  private void one(Context ctx, Caller caller) {
    Stores stores = records.of(caller);
    Activity activity = find(ctx, caller, stores);
    Versions.tag(ctx, activity.version());
    ctx.json(ActivityView.of(activity, stores.flow().budgets()));
  }

  private void ledger(Context ctx, Caller caller) {
    int limit = Paging.limit(ctx);
    UUID after = Paging.after(ctx);
    Stores stores = records.of(caller);
    List<EntryView> statement = statement(stores, find(ctx, caller, stores));
    int start = 0;
    if (after != null) {
      start = statement.stream().map(EntryView::id).toList().indexOf(after) + 1;
      if (start == 0) throw ValidationException.of("cursor", "must be a nextCursor this API returned for this activity");
    }
    ctx.json(Paging.page(statement.subList(start, Math.min(statement.size(), start + limit + 1)), limit, EntryView::id, view -> view));
  }

  private void entry(Context ctx, Caller caller) {
    Stores stores = records.of(caller);
    Activity activity = find(ctx, caller, stores);
    UUID id = PathIds.of(ctx, "entryId", "journal entry");
    ctx.json(statement(stores, activity).stream().filter(view -> view.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFoundException("activity " + activity.id() + " has no journal entry " + id)));
  }

  private void expense(Context ctx, Caller caller) {
    ExpenseRequest request = body.read(ctx, ExpenseRequest.class);
    Stores stores = records.of(caller);
    idempotency.respond(ctx, caller, () -> {
      Activity activity = find(ctx, caller, stores);
      Member administrator = acting(caller, stores, request.administrator());
      Member claimant = member(stores, request.claimant(), "claimant");
      ExpenseClaim claim = new ExpenseClaim(claimant.id(), request.description(), request.amount(), request.incurredOn());
      JournalEntry entry = stores.flow().budgets().reimburse(activity, administrator, claim, dayOr(stores, request.paidOn()));
      ActivityRecords.budgetMoved(stores, activity);
      stores.audit(caller, ctx, "activity.reimburse-expense", "activity", activity.id());
      return booked(stores, activity, entry);
    });
  }

  private void transfer(Context ctx, Caller caller) {
    TransferRequest request = body.read(ctx, TransferRequest.class);
    Stores stores = records.of(caller);
    idempotency.respond(ctx, caller, () -> {
      Activity from = find(ctx, caller, stores);
      Activity to = stores.activities().find(new ActivityId(request.to()))
          .orElseThrow(() -> ValidationException.of("to", "no activity " + request.to() + " is stored in " + caller.entity()));
      Member administrator = acting(caller, stores, request.administrator());
      List<Member> receiving = to.administrators().stream().map(id -> member(stores, id.value(), "to")).toList();
      JournalEntry entry = stores.flow().budgets().transfer(from, to, administrator, receiving, request.amount(), dayOr(stores, request.on()));
      // Saved in the order of their ids, so two opposite transfers wait for each other instead of deadlocking.
      Stream.of(from, to).sorted(Comparator.comparing(activity -> activity.id().value()))
          .forEach(activity -> ActivityRecords.budgetMoved(stores, activity));
      stores.audit(caller, ctx, "activity.transfer-budget", "activity", from.id());
      stores.audit(caller, ctx, "activity.receive-transfer", "activity", to.id());
      return booked(stores, from, entry);
    });
  }

  private void receive(Context ctx, Caller caller) {
    ReceiptRequest request = body.read(ctx, ReceiptRequest.class);
    Stores stores = records.of(caller);
    idempotency.respond(ctx, caller, () -> {
      Activity activity = find(ctx, caller, stores);
      Member administrator = member(stores, request.administrator(), "administrator");
      HolderKind holder = request.holder() == null ? HolderKind.INDIVIDUAL : request.holder();
      JournalEntry entry = stores.flow().budgets().receive(activity, administrator, request.kind(), request.amount(), holder,
          dayOr(stores, request.on()));
      ActivityRecords.budgetMoved(stores, activity);
      stores.audit(caller, ctx, "activity.receive", "activity", activity.id());
      return booked(stores, activity, entry);
    });
  }

  private void closeYear(Context ctx, Caller caller) {
    YearClosing request = body.read(ctx, YearClosing.class);
    Stores stores = records.of(caller);
    int thisYear = LocalDate.now(stores.clock()).getYear();
    if (request.year() >= thisYear) throw ValidationException.of("year", "must be a year that has ended, before " + thisYear + ": " + request.year());
    Activity closed = records.transactions().inTransaction(() -> {
      Activity current = find(ctx, caller, stores);
      Versions.requireCurrent(ctx, current.version(), "activity " + current.id());
      Activity saved = Versions.saving("activity " + current.id(), () -> stores.activities().save(current.closeYear(request.year())));
      stores.audit(caller, ctx, "activity.close-year", "activity", saved.id());
      return saved;
    });
    Versions.tag(ctx, closed.version());
    ctx.json(ActivityView.of(closed, stores.flow().budgets()));
  }

  /** The statement of the activity's budget: every entry that moved it, oldest first, with the balance each left. */
  private static List<EntryView> statement(Stores stores, Activity activity) {
    Account budget = Account.of(AccountType.ACTIVITY_BUDGET, activity.id());
    Money balance = Money.zero(stores.entity().currency());
    List<EntryView> lines = new ArrayList<>();
    for (JournalEntry entry : stores.ledger().entries(budget)) {
      // The budget is a liability: a credit (negative posting) adds to what can be spent.
      Money change = Money.total(stores.entity().currency(), entry.postings().stream()
          .filter(posting -> posting.account().equals(budget)).map(Posting::amount).toList()).negated();
      balance = balance.plus(change);
      lines.add(EntryView.of(entry, change, balance));
    }
    return lines;
  }

  /** The answer to a movement of money: the statement line of the entry it booked. */
  private static Reply booked(Stores stores, Activity activity, JournalEntry entry) {
    EntryView line = statement(stores, activity).stream().filter(view -> view.id().equals(entry.id())).findFirst().orElseThrow();
    return Reply.created(path(activity.id()) + "/ledger/" + entry.id(), line);
  }

  /** Who acts as the activity's administrator: a member's key, its own member; another key names one. */
  private static Member acting(Caller caller, Stores stores, UUID administrator) {
    if (caller.member() == null) {
      if (administrator == null) throw ValidationException.of("administrator", "is required: the administrator who authorises it");
      return member(stores, administrator, "administrator");
    }
    if (administrator != null && !administrator.equals(caller.member().value())) {
      throw ValidationException.of("administrator", "a member's key acts as its own member " + caller.member() + "; leave it out");
    }
    return member(stores, caller.member().value(), "administrator");
  }

  private static Member member(Stores stores, UUID id, String field) {
    return stores.members().find(new MemberId(id))
        .orElseThrow(() -> ValidationException.of(field, "no member " + id + " is stored in " + stores.entity().code()));
  }

  private static LocalDate dayOr(Stores stores, LocalDate day) {
    return day != null ? day : LocalDate.now(stores.clock());
  }

  private static Activity find(Context ctx, Caller caller, Stores stores) {
    return ActivityRecords.visible(caller, stores, new ActivityId(PathIds.of(ctx, "id", "activity")));
  }

  static String path(ActivityId id) {
    return "/api/v1/activities/" + id;
  }
}
