-- An Idempotency-Key belongs to the API key that used it, not to every caller of its entity: a
-- member's key could otherwise take an integrator's key first. Keys are kept a day, then may be
-- used again (the age index finds the old ones).
ALTER TABLE idempotency_keys ADD COLUMN api_key VARCHAR(40) NOT NULL DEFAULT '';
ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey;
ALTER TABLE idempotency_keys ADD PRIMARY KEY (entity, api_key, idempotency_key);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
