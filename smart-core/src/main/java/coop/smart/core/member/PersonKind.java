package coop.smart.core.member;

/** Whether a member is a person or an organisation. */
public enum PersonKind {
  NATURAL_PERSON,
  LEGAL_PERSON
}
