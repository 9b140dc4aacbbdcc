-- Failed sign-ins, counted per account and per network address over a window, so every server of
-- an entity refuses the same guesses and a restart forgives nothing. Each key is kept by its
-- SHA-256 only: an e-mail address or a network address is not stored to count its failures.
CREATE TABLE sign_in_failures (
  key_hash  CHAR(64)    NOT NULL,
  failed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sign_in_failures_by_key ON sign_in_failures (key_hash, failed_at);
CREATE INDEX sign_in_failures_by_age ON sign_in_failures (failed_at);
