package coop.smart.server.api.reports;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityYear;
import java.util.List;
import org.joda.money.Money;

/**
 * Every activity's budget over a year, and the entity's totals: carried in, income, spending and
 * the unspent budget carried over to the next year.
 */
record ActivityYearsView(String entity, int year, Figures totals, List<Line> activities) {

  record Figures(Money carriedIn, Money income, Money spending, Money carriedOver) {

    static Figures of(ActivityYear year) {
      return new Figures(year.carriedIn(), year.income(), year.spending(), year.carriedOver());
    }

    Figures plus(Figures other) {
      return new Figures(carriedIn.plus(other.carriedIn), income.plus(other.income), spending.plus(other.spending),
          carriedOver.plus(other.carriedOver));
    }
  }

  /** @param closed whether the year is closed for the activity */
  record Line(String activity, String name, boolean closed, Money carriedIn, Money income, Money spending, Money carriedOver) {

    static Line of(Activity activity, ActivityYear year) {
      return new Line(activity.id().toString(), activity.name(), activity.closedThrough() >= year.year(), year.carriedIn(), year.income(),
          year.spending(), year.carriedOver());
    }
  }
}
