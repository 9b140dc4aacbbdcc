package coop.smart.server;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import coop.smart.core.person.Person;
import coop.smart.server.web.People;
import java.util.UUID;

/** People of a running server who can sign in to its pages, made as an administrator's invitation, accepted. */
record PeopleFixture(People people) {

  static final String PASSWORD = "correct horse battery staple";
  static final EntityCode BE = EntityCode.of("BE");

  static PeopleFixture of(RunningServer server) {
    return new PeopleFixture(new People(server.dependencies().database(), server.dependencies().clock()));
  }

  /** An invitation, not accepted yet: its token. */
  String invite(String email, Role role, String member) {
    Person admin = new Person(UUID.randomUUID(), BE, "admin@smart.test", Role.ADMIN, null, null);
    return people.invite(admin, BE, email, role, member == null ? null : MemberId.parse(member)).token();
  }

  /** A person who accepted its invitation and signs in with {@link #PASSWORD}. */
  String person(String email, Role role, String member) {
    people.accept(BE, invite(email, role, member), null, PASSWORD).orElseThrow();
    return email;
  }
}
