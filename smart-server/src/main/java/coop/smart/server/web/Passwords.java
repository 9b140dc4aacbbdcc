package coop.smart.server.web;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * People's passwords, kept as Argon2id hashes (password4j, pure Java) with the parameters OWASP
 * recommends at least: 19 MiB of memory, 2 passes, one lane.
 */
final class Passwords {

  /** The shortest password a person may choose. */
  static final int MINIMUM_LENGTH = 12;
  /** The longest: hashing more would only let a visitor spend the server's time. */
  static final int MAXIMUM_LENGTH = 200;

  private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
  /** Checked when no person has the e-mail given, so a sign-in takes as long whether the address is known or not. */
  private static final String DECOY = hash("no person signs in with this password");

  private Passwords() {
  }

  static String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
  }

  static boolean matches(String password, String hash) {
    return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
  }

  /** Spends the time a check takes, for an e-mail no person signs in with. */
  static void checkDecoy(String password) {
    matches(password, DECOY);
  }
}
