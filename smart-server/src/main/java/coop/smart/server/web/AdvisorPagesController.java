package coop.smart.server.web;

import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ConflictException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Clients;
import coop.smart.core.operation.Collections;
import coop.smart.core.operation.EntityStores;
import coop.smart.core.operation.Members;
import coop.smart.core.operation.Role;
import coop.smart.core.operation.SalaryRuns;
import coop.smart.server.api.Records;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The advisors' and administrators' page: find a member (whose pages they then see and act on),
 * the guarantee fund's figures, the day's salary run, the reminders due (what the day's run would
 * send) and their run, the clients whose details they correct, and inviting people.
 */
public final class AdvisorPagesController {

  private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.ADVISOR);
  /** The members a search shows, and the clients the page lists, at most. */
  private static final int SHOWN = 50;

  private final Pages pages;
  private final Records records;
  private final People people;
  private final Clock clock;

  AdvisorPagesController(Pages pages, Records records, People people, Clock clock) {
    this.pages = pages;
    this.records = records;
    this.people = people;
    this.clock = clock;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/{entity}/advice", pages.signedIn(STAFF, (ctx, visit) -> show(ctx, visit, new Outcome(null, null, null, FormErrors.none()))));
    routes.post("/{entity}/advice/salary-run", pages.signedInForm(STAFF, this::salaryRun));
    routes.post("/{entity}/advice/reminders", pages.signedInForm(STAFF, this::reminders));
    routes.post("/{entity}/advice/invitations", pages.signedInForm(STAFF, this::invite));
  }

  /** What the last action on the page did: the salaries paid, the reminders sent, the invitation link made. */
  public record Outcome(List<SalaryRuns.Paid> paid, List<Collections.Sent> sent, String invitation, FormErrors errors) {
  }

  private void show(Context ctx, Visit visit, Outcome outcome) {
    EntityStores stores = records.of(visit.entity().code()).operated();
    String query = ctx.queryParam("q");
    List<Member> found = query == null || query.isBlank() ? List.of() : new Members(stores).named(visit.person().actor(), query.strip(), SHOWN);
    pages.render(ctx, visit, "advice", "query", query == null ? "" : query, "found", found, "fund", new SalaryRuns(stores).fund(),
        "today", today(), "due", new Collections(stores).due(today()), "clients", new Clients(stores).page(null, SHOWN), "outcome", outcome,
        "people", people.of(visit.entity().code()));
  }

  private void salaryRun(Context ctx, Visit visit) {
    EntityStores stores = records.of(visit.entity().code()).operated();
    show(ctx, visit, new Outcome(new SalaryRuns(stores).pay(visit.person().actor(), today()), null, null, FormErrors.none()));
  }

  private void reminders(Context ctx, Visit visit) {
    EntityStores stores = records.of(visit.entity().code()).operated();
    show(ctx, visit, new Outcome(null, new Collections(stores).remind(visit.person().actor(), today()), null, FormErrors.none()));
  }

  private void invite(Context ctx, Visit visit) {
    FormFields fields = FormFields.body(ctx);
    try {
      Role role = fields.choice("role", Role.class);
      UUID member = fields.id("member");
      fields.required("email");
      fields.check();
      if (member != null) new Members(records.of(visit.entity().code()).operated()).find(visit.person().actor(), new MemberId(member));
      People.Invited invited = people.invite(visit.person(), visit.entity().code(), fields.text("email"), role,
          member == null ? null : new MemberId(member));
      String link = ctx.scheme() + "://" + ctx.host() + visit.home() + "/invitations/" + invited.token();
      show(ctx, visit, new Outcome(null, null, link, FormErrors.none()));
    } catch (ValidationException e) {
      ctx.status(400);
      show(ctx, visit, new Outcome(null, null, null, FormErrors.of(e, visit.texts())));
    } catch (BusinessRuleException e) {
      ctx.status(422);
      show(ctx, visit, new Outcome(null, null, null, FormErrors.of(e, visit.texts())));
    } catch (ConflictException e) {
      ctx.status(409);
      FormErrors errors = FormErrors.none();
      errors.add("email", visit.t("error.emailTaken"));
      show(ctx, visit, new Outcome(null, null, null, errors));
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
