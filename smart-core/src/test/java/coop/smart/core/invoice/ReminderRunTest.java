package coop.smart.core.invoice;

import static coop.smart.core.invoice.InvoiceFixtures.BE;
import static coop.smart.core.invoice.InvoiceFixtures.FR;
import static coop.smart.core.invoice.InvoiceFixtures.eur;
import static coop.smart.core.invoice.InvoiceFixtures.thousandEuros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.CollectionStep.Kind;
import coop.smart.core.entity.CollectionStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R9 on an invoice issued 2017-03-15 and due 2017-04-14: reminders on 2017-04-21 (+7) and
 * 2017-05-05 (+21), formal notice on 2017-05-19 (+35), hand-over to collection on 2017-06-13 (+60).
 */
class ReminderRunTest {

  private static final CollectionStep FIRST = new CollectionStep(Kind.REMINDER, 7);
  private static final CollectionStep SECOND = new CollectionStep(Kind.REMINDER, 21);
  private static final CollectionStep NOTICE = new CollectionStep(Kind.FORMAL_NOTICE, 35);
  private static final CollectionStep HANDOVER = new CollectionStep(Kind.HANDOVER_TO_COLLECTION, 60);

  private final Invoice invoice = thousandEuros();

  @ParameterizedTest(name = "run on {0}: {1} step(s)")
  @CsvSource({
      "2017-04-14, 0", // due date
      "2017-04-20, 0",
      "2017-04-21, 1",
      "2017-05-04, 1",
      "2017-05-05, 2",
      "2017-05-18, 2",
      "2017-05-19, 3",
      "2017-06-12, 3",
      "2017-06-13, 4",
      "2018-01-01, 4",
  })
  void dailyRuns_issueEachStepOnItsDay(LocalDate until, int steps) {
    Invoice reminded = invoice;
    for (LocalDate day = invoice.issueDate(); !day.isAfter(until); day = day.plusDays(1)) reminded = runOn(day, reminded);
    assertThat(reminded.reminders()).extracting(Reminder::step).containsExactlyElementsOf(List.of(FIRST, SECOND, NOTICE, HANDOVER).subList(0, steps));
  }

  @Test
  void eachStep_isRecordedWithItsDayAndWhatWasStillDue() {
    Invoice reminded = runOn(LocalDate.of(2017, 4, 21), invoice);
    assertThat(reminded.reminders()).containsExactly(new Reminder(FIRST, LocalDate.of(2017, 4, 21), eur("1210.00")));
  }

  @Test
  void sameDayTwice_issuesNothingNew() {
    LocalDate day = LocalDate.of(2017, 4, 21);
    ReminderRun first = ReminderRun.on(BE, day, List.of(invoice));
    ReminderRun again = ReminderRun.on(BE, day, first.reminded());
    assertThat(first.reminded()).hasSize(1);
    assertThat(again.reminded()).isEmpty();
  }

  @Test
  void missedDays_areCaughtUpAtOnce() {
    Invoice reminded = runOn(LocalDate.of(2017, 5, 19), invoice);
    assertThat(reminded.reminders()).extracting(Reminder::step).containsExactly(FIRST, SECOND, NOTICE);
    assertThat(reminded.reminders()).extracting(Reminder::issuedOn).containsOnly(LocalDate.of(2017, 5, 19));
  }

  @Test
  void partlyPaidInvoice_isStillReminded_ofWhatIsLeft() {
    Invoice partly = runOn(LocalDate.of(2017, 4, 21), invoice).pay(LocalDate.of(2017, 4, 25), eur("1000.00")).invoice();
    Invoice reminded = runOn(LocalDate.of(2017, 5, 5), partly);
    assertThat(reminded.reminders()).last().isEqualTo(new Reminder(SECOND, LocalDate.of(2017, 5, 5), eur("210.00")));
  }

  @Test
  void nextStepOn_isTheDayOfTheNextStep_theOnlyDayADailyRunChangesTheInvoice() {
    List<LocalDate> nextSteps = new ArrayList<>();
    Invoice reminded = invoice;
    for (LocalDate day = invoice.issueDate(); !day.isAfter(LocalDate.of(2018, 1, 1)); day = day.plusDays(1)) {
      LocalDate next = reminded.nextStepOn(BE);
      Invoice after = runOn(day, reminded);
      assertThat(after != reminded).as("run on " + day + ", next step on " + next).isEqualTo(day.equals(next));
      if (after != reminded) nextSteps.add(next);
      reminded = after;
    }
    assertThat(nextSteps).containsExactly(LocalDate.of(2017, 4, 21), LocalDate.of(2017, 5, 5), LocalDate.of(2017, 5, 19), LocalDate.of(2017, 6, 13));
    assertThat(reminded.nextStepOn(BE)).as("past the hand-over to collection").isNull();
  }

  @Test
  void nextStepOn_missedDays_isTheEarliestStepNotIssued() {
    assertThat(invoice.nextStepOn(BE)).isEqualTo(LocalDate.of(2017, 4, 21));
    Invoice paidLate = runOn(LocalDate.of(2017, 4, 21), invoice).pay(LocalDate.of(2017, 4, 25), eur("1210.00")).invoice();
    assertThat(paidLate.nextStepOn(BE)).as("nothing due").isNull();
    assertThat(invoice.credit(LocalDate.of(2017, 4, 1), eur("1210.00")).invoice().nextStepOn(BE)).as("credited").isNull();
    assertThatThrownBy(() -> invoice.nextStepOn(FR)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void paidInvoice_getsNoMoreSteps() {
    Invoice paid = runOn(LocalDate.of(2017, 4, 21), invoice).pay(LocalDate.of(2017, 4, 25), eur("1210.00")).invoice();
    assertThat(ReminderRun.on(BE, LocalDate.of(2017, 12, 31), List.of(paid)).reminded()).isEmpty();
  }

  @Test
  void creditedInvoice_getsNoStep() {
    Invoice credited = invoice.credit(LocalDate.of(2017, 4, 1), eur("1210.00")).invoice();
    assertThat(ReminderRun.on(BE, LocalDate.of(2017, 12, 31), List.of(credited)).reminded()).isEmpty();
  }

  @Test
  void run_returnsOnlyTheInvoicesItReminded() {
    Invoice paid = thousandEuros().pay(LocalDate.of(2017, 4, 1), eur("1210.00")).invoice();
    ReminderRun run = ReminderRun.on(BE, LocalDate.of(2017, 4, 21), List.of(paid, invoice));
    assertThat(run.day()).isEqualTo(LocalDate.of(2017, 4, 21));
    assertThat(run.reminded()).extracting(Invoice::id).containsExactly(invoice.id());
  }

  @Test
  void invoiceOfAnotherEntity_isRefused() {
    assertThatThrownBy(() -> ReminderRun.on(FR, LocalDate.of(2017, 4, 21), List.of(invoice)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invoice BE-2017-000001 is not an invoice of FR");
  }

  private static Invoice runOn(LocalDate day, Invoice invoice) {
    List<Invoice> reminded = ReminderRun.on(BE, day, List.of(invoice)).reminded();
    return reminded.isEmpty() ? invoice : reminded.get(0);
  }
}
