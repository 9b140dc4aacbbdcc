package coop.smart.core.client;

/** Whether a client buys as a business or as a private consumer; VAT treatment depends on it. */
public enum ClientKind {
  BUSINESS,
  CONSUMER
}
