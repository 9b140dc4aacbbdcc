package coop.smart.server.api.members;

import coop.smart.core.entity.Language;
import coop.smart.core.member.BankAccount;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;

/**
 * A member as the API shows it; {@code shares} is null until the member buys one, {@code language} when it chose none,
 * {@code bankAccount} until it gives one.
 */
record MemberView(String id, String entity, PersonKind kind, String name, Language language, Shares shares, Account bankAccount,
                  long version) {

  record Shares(int count, ShareCategory category) {
  }

  /** {@code holder} is the name the bank credits: the member's own unless another was given. */
  record Account(String iban, String bic, String holder) {

    static Account of(Member member) {
      BankAccount account = member.bankAccount();
      return account == null ? null : new Account(account.iban(), account.bic(), account.holderOr(member.name()));
    }
  }

  static MemberView of(Member member) {
    return new MemberView(member.id().toString(), member.entity().value(), member.kind(), member.name(), member.language(),
        member.shareholding().map(holding -> new Shares(holding.shares(), holding.category())).orElse(null), Account.of(member),
        member.version());
  }
}
