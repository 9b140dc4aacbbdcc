package coop.smart.core.access;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A key as stored: its public id, the SHA-256 of the whole key and what it grants. The key
 * itself is shown once, when issued, and never stored.
 *
 * @param hash the SHA-256 of the whole key, in lower-case hex
 * @param member the member a {@link Role#MEMBER} key acts for; null for the other roles
 * @param label what the key is for, as its holder named it
 * @param scope whether it also administers the cooperative's keys
 */
public record ApiKey(String id, String hash, EntityCode entity, Role role, MemberId member, String label, KeyScope scope) {

  /** The longest label a key keeps. */
  public static final int LABEL_LENGTH = 200;
  /** A key's id: six random bytes in hex. */
  private static final Pattern ID = Pattern.compile("[0-9a-f]{12}");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(scope, "scope");
    if (!isId(id)) throw new IllegalArgumentException("id must be 12 lower-case hex digits, not '" + id + "'");
    if (!HASH.matcher(hash).matches()) throw new IllegalArgumentException("hash must be a SHA-256 in 64 lower-case hex digits, not '" + hash + "'");
    if (labelFault(label) != null) throw new IllegalArgumentException("label " + labelFault(label));
    if ((role == Role.MEMBER) != (member != null)) throw new IllegalArgumentException("a key names a member exactly when its role is MEMBER");
    if (scope == KeyScope.COOPERATIVE && role != Role.ADMIN) throw new IllegalArgumentException("only an ADMIN key administers the cooperative");
  }

  /**
   * Why {@code label} cannot name a key, or null when it can: {@code keys list} prints each key on
   * one line, so a control character (a line break above all) could pass one key off as another.
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
}
