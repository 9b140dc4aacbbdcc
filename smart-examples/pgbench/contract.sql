-- A contract creation's writes only (POST /api/v1/contracts): the contract with its work day and
-- the audit row, one commit; no HTTP, JSON, validation or check of its member and client.
BEGIN;
WITH c AS (INSERT INTO contracts (entity, id, member_id, client_id, contract_type, structure, holder, start_date, end_date, currency, invoiced_amount, expenses, withholding_rate, status, version)
  VALUES ('BE', gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'EMPLOYEE', 'ASSOCIATED_PRODUCTIONS', 'MEMBER', DATE '2017-01-02', DATE '2017-01-02', 'EUR', 1000, 0, 0.11, 'DRAFT', 1) RETURNING entity, id)
INSERT INTO work_days (entity, contract_id, line, work_date, hours) SELECT entity, id, 1, DATE '2017-01-02', 8 FROM c;
INSERT INTO audit_trail (entity, recorded_at, actor, action, subject_type, subject_id) VALUES ('BE', now(), 'api-key', 'contract.draft', 'Contract', 'x');
COMMIT;
