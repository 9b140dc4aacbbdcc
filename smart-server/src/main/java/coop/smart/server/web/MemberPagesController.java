package coop.smart.server.web;

import static coop.smart.server.http.Negotiation.PDF;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.Client;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.StaleVersionException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Activities;
import coop.smart.core.operation.Actor;
import coop.smart.core.operation.Clients;
import coop.smart.core.operation.Contracts;
import coop.smart.core.operation.EntityStores;
import coop.smart.core.operation.Invoices;
import coop.smart.core.operation.Members;
import coop.smart.core.operation.Role;
import coop.smart.core.person.Person;
import coop.smart.documents.ContractDocument;
import coop.smart.documents.Documents;
import coop.smart.documents.InvoiceDocument;
import coop.smart.documents.InvoicePdf;
import coop.smart.server.api.PayView;
import coop.smart.server.api.Records;
import coop.smart.server.http.Negotiation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.joda.money.Money;

/**
 * A member's pages: its dashboard, contracts (drafted with their pay previewed as the terms
 * change, declared, cancelled), invoices and activities. A member sees its own pages only: another
 * member's are missing (404), as the API hides another member's records. The entity's advisors and
 * administrators see every member's, and act for the member there, in their own name.
 */
public final class MemberPagesController {

  private static final Set<Role> PEOPLE = EnumSet.of(Role.ADMIN, Role.ADVISOR, Role.MEMBER);
  private static final int MOST = 200;

  /**
   * The member whose pages are asked for, the person acting there, and how it reads them: as the
   * member itself, so an advisor sees what the member sees.
   */
  record Scope(Member member, Actor actor, Actor reader, EntityStores stores) {
  }

  private final Pages pages;
  private final Records records;
  private final Clock clock;

  MemberPagesController(Pages pages, Records records, Clock clock) {
    this.pages = pages;
    this.records = records;
    this.clock = clock;
  }

  public void routes(RoutesConfig routes) {
    String member = "/{entity}/members/{member}";
    routes.get(member, pages.signedIn(PEOPLE, this::dashboard));
    routes.get(member + "/contracts", pages.signedIn(PEOPLE, this::contracts));
    routes.get(member + "/contracts/new", pages.signedIn(PEOPLE, (ctx, visit) -> newContract(ctx, visit, ContractForm.blank(today()),
        FormErrors.none())));
    routes.get(member + "/contracts/preview", pages.signedIn(PEOPLE, this::preview));
    routes.post(member + "/contracts", pages.signedInForm(PEOPLE, this::draft));
    routes.get(member + "/contracts/{contract}", pages.signedIn(PEOPLE, this::contract));
    routes.post(member + "/contracts/{contract}/declaration", pages.signedInForm(PEOPLE, (ctx, visit) -> step(ctx, visit, true)));
    routes.post(member + "/contracts/{contract}/cancellation", pages.signedInForm(PEOPLE, (ctx, visit) -> step(ctx, visit, false)));
    routes.get(member + "/contracts/{contract}/contract.pdf", pages.signedIn(PEOPLE, this::employmentContract));
    routes.get(member + "/contracts/{contract}/pay-slip.pdf", pages.signedIn(PEOPLE, this::paySlip));
    routes.get(member + "/invoices", pages.signedIn(PEOPLE, this::invoices));
    routes.get(member + "/invoices/{invoice}/invoice.pdf", pages.signedIn(PEOPLE, this::invoicePdf));
    routes.get(member + "/activities/{activity}", pages.signedIn(PEOPLE, (ctx, visit) -> activity(ctx, visit, FormErrors.none())));
    routes.post(member + "/activities/{activity}/expenses", pages.signedInForm(PEOPLE, this::expense));
  }

  private void dashboard(Context ctx, Visit visit) {
    Scope scope = scope(ctx, visit);
    pages.render(ctx, visit, "dashboard", "member", scope.member(), "dashboard", Dashboard.of(scope, today()));
  }

  private void contracts(Context ctx, Visit visit) {
    Scope scope = scope(ctx, visit);
    pages.render(ctx, visit, "contracts", "member", scope.member(),
        "contracts", new Contracts(scope.stores()).page(scope.reader(), scope.member().id(), null, MOST));
  }

  private void newContract(Context ctx, Visit visit, ContractForm form, FormErrors errors) {
    Scope scope = scope(ctx, visit);
    pages.render(ctx, visit, "contractNew", "member", scope.member(), "form", form, "errors", errors,
        "clients", clients(scope),
        "activities", new Activities(scope.stores()).page(scope.reader(), null, MOST), "preview", null);
  }

  /**
   * The clients the person may draft for: the entity's, for its staff; for a member, as its API
   * key, which lists no clients, those of its own contracts, since the staff registers clients.
   */
  private static List<Client> clients(Scope scope) {
    Clients clients = new Clients(scope.stores());
    if (scope.actor().member() == null) return clients.page(null, MOST);
    return new Contracts(scope.stores()).page(scope.reader(), scope.member().id(), null, MOST).stream().map(Contract::client)
        .filter(Objects::nonNull).distinct().map(id -> clients.find(scope.actor(), id)).toList();
  }

  /** The pay the terms typed so far would give, or what is wrong with them: htmx asks for it as the form changes. */
  private void preview(Context ctx, Visit visit) {
    Scope scope = scope(ctx, visit);
    FormFields fields = FormFields.query(ctx);
    ContractPay pay = null;
    FormErrors errors = FormErrors.none();
    try {
      ContractTerms terms = ContractForm.read(fields).terms(visit.entity(), scope.member().id(), fields);
      pay = new Contracts(scope.stores()).preview(scope.actor(), terms);
    } catch (ValidationException e) {
      errors = FormErrors.of(e, visit.texts());
    } catch (BusinessRuleException e) {
      errors = FormErrors.of(e, visit.texts());
    }
    pages.render(ctx, visit, "contractPreview", "pay", pay == null ? null : view(pay), "errors", errors);
  }

  private void draft(Context ctx, Visit visit) {
    Scope scope = scope(ctx, visit);
    FormFields fields = FormFields.body(ctx);
    ContractForm form = ContractForm.read(fields);
    try {
      Contract drafted = new Contracts(scope.stores()).draft(scope.actor(), form.terms(visit.entity(), scope.member().id(), fields));
      ctx.redirect(memberPath(visit, scope) + "/contracts/" + drafted.id());
    } catch (ValidationException e) {
      ctx.status(400);
      newContract(ctx, visit, form, FormErrors.of(e, visit.texts()));
    } catch (BusinessRuleException e) {
      ctx.status(422);
      newContract(ctx, visit, form, FormErrors.of(e, visit.texts()));
    }
  }

  private void contract(Context ctx, Visit visit) {
    Scope scope = scope(ctx, visit);
    showContract(ctx, visit, scope, contractOf(ctx, scope), FormErrors.none());
  }

  /** Declares ({@code declare}) or cancels the contract, from the version the page showed. */
  private void step(Context ctx, Visit visit, boolean declare) {
    Scope scope = scope(ctx, visit);
    Contract shown = contractOf(ctx, scope);
    Contracts contracts = new Contracts(scope.stores());
    Integer shownVersion = FormFields.body(ctx).integer("version");
    long version = shownVersion == null ? -1 : shownVersion;
    try {
      if (declare) contracts.declare(scope.actor(), shown.id(), version);
      else contracts.cancel(scope.actor(), shown.id(), version);
      ctx.redirect(memberPath(visit, scope) + "/contracts/" + shown.id());
    } catch (BusinessRuleException e) {
      ctx.status(422);
      showContract(ctx, visit, scope, shown, FormErrors.of(e, visit.texts()));
    } catch (StaleVersionException e) {
      FormErrors errors = FormErrors.none();
      errors.add("", visit.t("error.stale"));
      ctx.status(412);
      showContract(ctx, visit, scope, contractOf(ctx, scope), errors);
    }
  }

  /** The contract with its client, whose details the entity's staff correct from there for the member. */
  private void showContract(Context ctx, Visit visit, Scope scope, Contract contract, FormErrors errors) {
    Client client = contract.client() == null ? null : new Clients(scope.stores()).find(scope.actor(), contract.client());
    pages.render(ctx, visit, "contract", "member", scope.member(), "contract", contract, "client", client,
        "pay", view(new Contracts(scope.stores()).pay(contract)), "errors", errors);
  }

  /** The pay as the API shows a contract's. */
  private static PayView view(ContractPay pay) {
    return PayView.of(pay.breakdown(), pay.payment().paymentDate());
  }

  private void invoices(Context ctx, Visit visit) {
    Scope scope = scope(ctx, visit);
    pages.render(ctx, visit, "invoices", "member", scope.member(),
        "invoices", new Invoices(scope.stores()).page(scope.reader(), null, null, null, MOST));
  }

  /** The employment contract the member signs, as the API gives it. */
  private void employmentContract(Context ctx, Visit visit) {
    Scope scope = scope(ctx, visit);
    ContractId id = contractOf(ctx, scope).id();
    byte[] pdf = printed(() -> new ContractDocument(new Documents(scope.stores()).employment(scope.reader(), id)).pdf());
    Negotiation.document(ctx, PDF, pdf, "contract-" + id + ".pdf");
  }

  private void paySlip(Context ctx, Visit visit) {
    Scope scope = scope(ctx, visit);
    ContractId id = contractOf(ctx, scope).id();
    byte[] pdf = printed(() -> new Documents(scope.stores()).paySlip(scope.reader(), id).pdf());
    Negotiation.document(ctx, PDF, pdf, "pay-slip-" + id + ".pdf");
  }

  /** One of the member's invoices as its client receives it; another member's is missing, as its record is. */
  private void invoicePdf(Context ctx, Visit visit) {
    Scope scope = scope(ctx, visit);
    InvoiceId id = new InvoiceId(Pages.pathId(ctx, "invoice"));
    InvoiceDocument document = printed(() -> InvoiceDocument.invoice(new Documents(scope.stores()).invoice(scope.reader(), id)));
    Negotiation.document(ctx, PDF, printed(() -> InvoicePdf.render(document)), document.number() + ".pdf");
  }

  /** A document, or the page saying in the visitor's language which rule keeps it from being printed yet. */
  private static <T> T printed(Supplier<T> document) {
    try {
      return document.get();
    } catch (BusinessRuleException e) {
      throw new PageRefused(422, "rule." + e.rule());
    }
  }

  private void activity(Context ctx, Visit visit, FormErrors errors) {
    Scope scope = scope(ctx, visit);
    Activities activities = new Activities(scope.stores());
    Activity activity = activities.find(scope.reader(), activityId(ctx));
    pages.render(ctx, visit, "activity", "member", scope.member(), "activity", activity, "statement", activities.statement(activity),
        "available", activities.budgets().available(activity.id()), "pending", activities.budgets().pending(activity.id()),
        "errors", errors, "today", today());
  }

  private void expense(Context ctx, Visit visit) {
    Scope scope = scope(ctx, visit);
    FormFields fields = FormFields.body(ctx);
    ActivityId id = activityId(ctx);
    try {
      fields.required("description");
      fields.required("amount");
      Money amount = fields.money("amount", visit.entity().currency());
      LocalDate incurred = fields.date("incurredOn");
      fields.check();
      UUID member = scope.member().id().value();
      new Activities(scope.stores()).reimburse(scope.actor(), id, member, member, fields.text("description"), amount, incurred, null);
      ctx.redirect(memberPath(visit, scope) + "/activities/" + id);
    } catch (ValidationException e) {
      ctx.status(400);
      activity(ctx, visit, FormErrors.of(e, visit.texts()));
    } catch (BusinessRuleException e) {
      ctx.status(422);
      activity(ctx, visit, FormErrors.of(e, visit.texts()));
    }
  }

  /** The member of the path, which a member may only be itself; anyone else's pages are missing. */
  private Scope scope(Context ctx, Visit visit) {
    MemberId id = new MemberId(Pages.pathId(ctx, "member"));
    Person person = visit.person();
    if (person.member() != null && !person.member().equals(id)) throw PageRefused.missing();
    EntityStores stores = records.of(visit.entity().code()).operated();
    Actor actor = person.actor();
    Member member = new Members(stores).find(actor, id);
    return new Scope(member, actor, new Actor(actor.name(), actor.entity(), Role.MEMBER, id, null), stores);
  }

  private static Contract contractOf(Context ctx, Scope scope) {
    Contract contract = new Contracts(scope.stores()).find(scope.reader(), new ContractId(Pages.pathId(ctx, "contract")));
    if (!contract.member().equals(scope.member().id())) throw PageRefused.missing();
    return contract;
  }

  private static ActivityId activityId(Context ctx) {
    return new ActivityId(Pages.pathId(ctx, "activity"));
  }

  static String memberPath(Visit visit, Scope scope) {
    return visit.home() + "/members/" + scope.member().id();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
