package coop.smart.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.activity.ActivityBudget;
import coop.smart.core.error.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** A rule's refusal on a page: in the page's language, with the core's own account of the case kept beside it. */
class FormErrorsTest {

  @Test
  void aRuleThePagesWord_isShownInThePagesLanguage_withTheCoresFiguresAsItsDetail() {
    Texts french = new Texts("fr", "BE");
    BusinessRuleException refused = new BusinessRuleException(ActivityBudget.BUDGET_EXCEEDED, "activity A has 10.00 EUR, not 25.00 EUR");
    FormErrors errors = FormErrors.of(refused, french);
    assertThat(errors.of("")).containsExactly(french.t("rule.BUDGET_EXCEEDED"));
    assertThat(errors.detail(french.t("rule.BUDGET_EXCEEDED"))).isEqualTo("activity A has 10.00 EUR, not 25.00 EUR");
  }

  @Test
  void aRuleThePagesDoNotWord_isShownAsTheCoreWordsIt() {
    FormErrors errors = FormErrors.of(new BusinessRuleException("SOME_EMBEDDERS_RULE", "refused by the embedder's rule"), new Texts("nl", "BE"));
    assertThat(errors.of("")).containsExactly("refused by the embedder's rule");
    assertThat(errors.detail("refused by the embedder's rule")).isNull();
  }
}
