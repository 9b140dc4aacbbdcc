-- A retried request gets the first response whole: where the created record is, and its version.
ALTER TABLE idempotency_keys ADD COLUMN response_location VARCHAR(500);
ALTER TABLE idempotency_keys ADD COLUMN response_etag VARCHAR(100);
