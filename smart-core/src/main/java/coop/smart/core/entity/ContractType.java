package coop.smart.core.entity;

/** Kinds of short employment contract; which ones an entity offers, and their rates, are its data. */
public enum ContractType {
  EMPLOYEE,
  STUDENT,
  ARTIST,
  /** Belgian article 1bis: the client is deemed the employer for social security. */
  ARTIST_1BIS
}
