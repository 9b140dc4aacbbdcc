package coop.smart.server.security;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A key as stored: its public id, the SHA-256 of the whole key and what it grants. The key
 * itself is shown once, when issued, and never stored.
 *
 * @param label what the key is for, as its holder named it
 * @param scope whether it also administers the cooperative's keys
 */
public record ApiKey(String id, String hash, EntityCode entity, Role role, MemberId member, String label, KeyScope scope) {

  /** The longest label a key keeps. */
  public static final int LABEL_LENGTH = 200;
  /** A key's id: six random bytes in hex. */
  private static final Pattern ID = Pattern.compile("[0-9a-f]{12}");

  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(label, "label");
    if (labelFault(label) != null) throw new IllegalArgumentException("label " + labelFault(label));
    new Caller(id, entity, role, member, scope);
  }

  /**
   * Why {@code label} cannot name a key, or null when it can: a label is one line of the keys
   * file, so a control character (a line break above all) would break the file for every key.
   */
  public static String labelFault(String label) {
    if (label.length() > LABEL_LENGTH) return "must be at most " + LABEL_LENGTH + " characters, not " + label.length();
    if (label.chars().anyMatch(Character::isISOControl)) return "must not hold control characters such as line breaks";
    return null;
  }

  /** Whether {@code text} could be a key's id at all. */
  public static boolean isId(String text) {
    return ID.matcher(text).matches();
  }

  public Caller caller() {
    return new Caller(id, entity, role, member, scope);
  }
}
