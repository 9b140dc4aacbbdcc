package coop.smart.server.api.members;

import coop.smart.core.entity.Language;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;

/** A member as the API shows it; {@code shares} is null until the member buys one, {@code language} when it chose none. */
record MemberView(String id, String entity, PersonKind kind, String name, Language language, Shares shares, long version) {

  record Shares(int count, ShareCategory category) {
  }

  static MemberView of(Member member) {
    return new MemberView(member.id().toString(), member.entity().value(), member.kind(), member.name(), member.language(),
        member.shareholding().map(holding -> new Shares(holding.shares(), holding.category())).orElse(null), member.version());
  }
}
