package coop.smart.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.activity.Activity;
import coop.smart.core.client.Client;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.invoice.Invoice;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.joda.money.Money;

/**
 * Random sequences of invoicing, payments, credit notes, reminders, payment dates, defaults,
 * spending, transfers and year ends: after every step the books balance, no budget is
 * negative, the guarantee fund reconciles with the ledger and no settled invoice was reminded.
 */
class MoneyFlowProperties {

  @Property(tries = 200)
  void theBooksHoldTogether(@ForAll("sequences") ActionChain<MoneyWorld> chain) {
    chain.withInvariant("books", MoneyWorld::checkInvariants).run();
  }

  @Provide
  Arbitrary<ActionChain<MoneyWorld>> sequences() {
    return ActionChain.startWith(MoneyWorld::new)
        .withAction(3, new InvoiceContract())
        .withAction(3, new InvoiceActivity())
        .withAction(2, new PayInFull())
        .withAction(3, new PayInPart())
        .withAction(2, new Credit())
        .withAction(2, new RunReminders())
        .withAction(3, new PassDays())
        .withAction(1, new DefaultClient())
        .withAction(2, new Spend())
        .withAction(2, new Transfer())
        .withAction(1, new CloseYears())
        .withAction(1, new RefusedOverpayment())
        .withMaxTransformations(40);
  }

  private static Arbitrary<Long> cents() {
    return Arbitraries.longs().between(1_000, 500_000);
  }

  private static Arbitrary<Client> liveClient(MoneyWorld world) {
    return Arbitraries.of(world.clients.stream().filter(client -> !world.defaulted.contains(client)).toList());
  }

  static class InvoiceContract implements Action.Dependent<MoneyWorld> {
    @Override
    public boolean precondition(MoneyWorld world) {
      return world.hasLiveClient();
    }

    @Override
    public Arbitrary<Transformer<MoneyWorld>> transformer(MoneyWorld world) {
      return Combinators.combine(liveClient(world), cents())
          .as((client, cents) -> Transformer.mutate("invoice a contract of " + cents + " to " + client.name(),
              w -> w.invoiceContract(client, cents)));
    }
  }

  static class InvoiceActivity implements Action.Dependent<MoneyWorld> {
    @Override
    public boolean precondition(MoneyWorld world) {
      return world.hasLiveClient();
    }

    @Override
    public Arbitrary<Transformer<MoneyWorld>> transformer(MoneyWorld world) {
      return Combinators.combine(Arbitraries.integers().between(0, 1), liveClient(world), cents())
          .as((activity, client, cents) -> Transformer.mutate("invoice " + cents + " through activity " + activity + " to " + client.name(),
              w -> w.invoiceActivity(w.activities.get(activity), client, cents)));
    }
  }

  /** An action on one open invoice, picked at random. */
  abstract static class OnOpenInvoice implements Action.Dependent<MoneyWorld> {
    private final String verb;

    OnOpenInvoice(String verb) {
      this.verb = verb;
    }

    abstract void act(MoneyWorld world, Invoice invoice);

    @Override
    public boolean precondition(MoneyWorld world) {
      return !world.openInvoices().isEmpty();
    }

    @Override
    public Arbitrary<Transformer<MoneyWorld>> transformer(MoneyWorld world) {
      return Arbitraries.of(world.openInvoices().stream().map(invoice -> invoice.number().toString()).toList())
          .map(number -> Transformer.mutate(verb + " " + number, w -> act(w, find(w, number))));
    }
  }

  static class PayInFull extends OnOpenInvoice {
    PayInFull() {
      super("pay in full");
    }

    @Override
    void act(MoneyWorld world, Invoice invoice) {
      world.pay(invoice, invoice.outstanding());
    }
  }

  static class PayInPart implements Action.Dependent<MoneyWorld> {
    @Override
    public boolean precondition(MoneyWorld world) {
      return world.openInvoices().stream().anyMatch(invoice -> invoice.outstanding().getAmountMinorLong() > 1);
    }

    @Override
    public Arbitrary<Transformer<MoneyWorld>> transformer(MoneyWorld world) {
      List<String> numbers = world.openInvoices().stream().filter(invoice -> invoice.outstanding().getAmountMinorLong() > 1)
          .map(invoice -> invoice.number().toString()).toList();
      return Combinators.combine(Arbitraries.of(numbers), Arbitraries.integers().between(1, 99))
          .as((number, percent) -> Transformer.mutate("pay " + percent + "% of what is due on " + number, w -> {
            Invoice invoice = find(w, number);
            long cents = Math.max(1, invoice.outstanding().getAmountMinorLong() * percent / 100);
            w.pay(invoice, MoneyWorld.eur(cents));
          }));
    }
  }

  static class Credit implements Action.Dependent<MoneyWorld> {
    @Override
    public boolean precondition(MoneyWorld world) {
      return !creditable(world).isEmpty();
    }

    private static List<String> creditable(MoneyWorld world) {
      return world.openInvoices().stream()
          .filter(invoice -> invoice.activity() != null || invoice.paid().isZero() && contractUnpaid(world, invoice))
          .map(invoice -> invoice.number().toString()).toList();
    }

    private static boolean contractUnpaid(MoneyWorld world, Invoice invoice) {
      return world.contracts.stream().anyMatch(ci -> ci.invoice().id().equals(invoice.id())
          && ci.contract().status() == coop.smart.core.contract.ContractStatus.INVOICED);
    }

    @Override
    public Arbitrary<Transformer<MoneyWorld>> transformer(MoneyWorld world) {
      return Combinators.combine(Arbitraries.of(creditable(world)), Arbitraries.integers().between(1, 100))
          .as((number, percent) -> Transformer.mutate("credit " + percent + "% of what is due on " + number, w -> {
            Invoice invoice = find(w, number);
            long cents = invoice.activity() == null ? invoice.outstanding().getAmountMinorLong()
                : Math.max(1, invoice.outstanding().getAmountMinorLong() * percent / 100);
            w.credit(invoice, MoneyWorld.eur(cents));
          }));
    }
  }

  static class RunReminders implements Action.Independent<MoneyWorld> {
    @Override
    public Arbitrary<Transformer<MoneyWorld>> transformer() {
      return Arbitraries.just(Transformer.mutate("run reminders", world -> {
        world.runReminders();
        List<Invoice> before = world.allInvoices();
        world.runReminders();
        assertThat(world.allInvoices()).as("a second run the same day issues nothing").isEqualTo(before);
      }));
    }
  }

  static class PassDays implements Action.Independent<MoneyWorld> {
    @Override
    public Arbitrary<Transformer<MoneyWorld>> transformer() {
      return Arbitraries.integers().between(1, 40).map(days -> Transformer.mutate("pass " + days + " days", world -> world.passDays(days)));
    }
  }

  static class DefaultClient implements Action.Dependent<MoneyWorld> {
    @Override
    public boolean precondition(MoneyWorld world) {
      return world.hasLiveClient();
    }

    @Override
    public Arbitrary<Transformer<MoneyWorld>> transformer(MoneyWorld world) {
      return liveClient(world).map(client -> Transformer.mutate(client.name() + " defaults", w -> w.defaultOf(client)));
    }
  }

  static class Spend implements Action.Dependent<MoneyWorld> {
    @Override
    public boolean precondition(MoneyWorld world) {
      return world.activities.stream().anyMatch(activity -> world.flow.budgets().available(activity.id()).isPositive());
    }

    @Override
    public Arbitrary<Transformer<MoneyWorld>> transformer(MoneyWorld world) {
      List<Activity> funded = world.activities.stream().filter(a -> world.flow.budgets().available(a.id()).isPositive()).toList();
      return Combinators.combine(Arbitraries.integers().between(0, funded.size() - 1), Arbitraries.integers().between(1, 100))
          .as((index, percent) -> Transformer.mutate("spend " + percent + "% of a budget", w -> {
            Activity activity = w.activities.stream().filter(a -> a.id().equals(funded.get(index).id())).findFirst().orElseThrow();
            Money available = w.flow.budgets().available(activity.id());
            int entries = w.ledger.entries().size();
            assertThatThrownBy(() -> w.flow.budgets().purchase(activity, w.admin, "Supplier", "too much", available.plusMinor(1), w.today))
                .isInstanceOf(BusinessRuleException.class);
            assertThat(w.ledger.entries()).as("a refused purchase posts nothing").hasSize(entries);
            Money spend = MoneyWorld.eur(Math.max(1, available.getAmountMinorLong() * percent / 100));
            w.flow.budgets().purchase(activity, w.admin, "Supplier", "equipment", spend, w.today);
          }));
    }
  }

  static class Transfer implements Action.Dependent<MoneyWorld> {
    @Override
    public boolean precondition(MoneyWorld world) {
      return world.flow.budgets().available(world.activities.get(0).id()).isPositive();
    }

    @Override
    public Arbitrary<Transformer<MoneyWorld>> transformer(MoneyWorld world) {
      return Arbitraries.integers().between(1, 100).map(percent -> Transformer.mutate("transfer " + percent + "% to the studio", w -> {
        Money available = w.flow.budgets().available(w.activities.get(0).id());
        Money amount = MoneyWorld.eur(Math.max(1, available.getAmountMinorLong() * percent / 100));
        w.flow.budgets().transfer(w.activities.get(0), w.activities.get(1), w.admin, List.of(w.admin), amount, w.today);
      }));
    }
  }

  static class CloseYears implements Action.Independent<MoneyWorld> {
    @Override
    public Arbitrary<Transformer<MoneyWorld>> transformer() {
      return Arbitraries.just(Transformer.mutate("close past years", MoneyWorld::closeYears));
    }
  }

  static class RefusedOverpayment extends OnOpenInvoice {
    RefusedOverpayment() {
      super("overpay");
    }

    @Override
    void act(MoneyWorld world, Invoice invoice) {
      int entries = world.ledger.entries().size();
      assertThatThrownBy(() -> world.pay(invoice, invoice.outstanding().plusMinor(1))).isInstanceOf(BusinessRuleException.class);
      assertThat(world.ledger.entries()).as("a refused payment posts nothing").hasSize(entries);
      assertThat(find(world, invoice.number().toString())).isEqualTo(invoice);
    }
  }

  private static Invoice find(MoneyWorld world, String number) {
    return world.allInvoices().stream().filter(invoice -> invoice.number().toString().equals(number)).findFirst().orElseThrow();
  }
}
