package coop.smart.core.access;

/** What a key administers beyond its entity's records. */
public enum KeyScope {
  /** Its entity only: every key but a cooperative administrator's. */
  ENTITY,
  /**
   * The cooperative: an ADMIN key that, besides administering its own entity, issues, lists and
   * revokes the keys of every entity, as the people running the cooperative's server do when an
   * entity starts using it.
   */
  COOPERATIVE
}
