package coop.smart.core.entity;

/** Whoever the membership rules are asked about: a member of an entity, holding a cooperative share or not. */
public interface Shareholder {

  String name();

  EntityCode entity();

  boolean isShareholder();
}
