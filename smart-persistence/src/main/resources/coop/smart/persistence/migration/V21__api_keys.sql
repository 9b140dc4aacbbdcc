-- The API keys, in the database every server of the cooperative shares, as the people's sessions
-- are: a key issued by any server (or smart-server keys issue) is accepted by all at once, and
-- a key revoked, its row deleted, is refused by all at the next request. A key is
-- smart_<id>_<secret>; only the SHA-256 of the whole key is kept, which each request's key is
-- found by. The checks refuse what ApiKey refuses: a key of a member exactly when its role is
-- MEMBER, the cooperative's scope for an ADMIN key only, a label of one line. Keys were kept in a
-- file (api-keys.txt) before: the first server or keys command started on one imports it here.
CREATE TABLE api_keys (
  id        CHAR(12)     NOT NULL PRIMARY KEY,
  key_hash  CHAR(64)     NOT NULL UNIQUE,
  entity    CHAR(2)      NOT NULL,
  role      VARCHAR(20)  NOT NULL,
  member_id UUID,
  label     VARCHAR(200) NOT NULL,
  scope     VARCHAR(20)  NOT NULL,
  issued_at TIMESTAMPTZ  NOT NULL,
  FOREIGN KEY (entity, member_id) REFERENCES members (entity, id),
  CONSTRAINT api_keys_id CHECK (id ~ '^[0-9a-f]{12}$'),
  CONSTRAINT api_keys_hash CHECK (key_hash ~ '^[0-9a-f]{64}$'),
  CONSTRAINT api_keys_entity CHECK (entity ~ '^[A-Z]{2}$'),
  CONSTRAINT api_keys_role CHECK (role IN ('ADMIN', 'ADVISOR', 'MEMBER', 'INTEGRATOR')),
  CONSTRAINT api_keys_member CHECK ((role = 'MEMBER') = (member_id IS NOT NULL)),
  CONSTRAINT api_keys_scope CHECK (scope = 'ENTITY' OR (scope = 'COOPERATIVE' AND role = 'ADMIN')),
  CONSTRAINT api_keys_label CHECK (label !~ '[\x01-\x1f\x7f-\x9f]')
);
-- An entity's keys, listed and counted (its ADMIN keys) by its administrators.
CREATE INDEX api_keys_by_entity ON api_keys (entity, role);
