-- The durable use case of StoreBenchmark, its writes only: a contract with four work days, a journal
-- entry of four postings adding to its parties' kept balances, the audit row; one commit.
\set member random(1, 23000)
BEGIN;
WITH c AS (INSERT INTO contracts (entity, id, member_id, client_id, contract_type, structure, holder, start_date, end_date, currency, invoiced_amount, expenses, withholding_rate, status, version)
  VALUES ('BE', gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'EMPLOYEE', 'ASSOCIATED_PRODUCTIONS', 'MEMBER', DATE '2017-01-02', DATE '2017-01-05', 'EUR', 1000, 0, 0.11, 'DRAFT', 1) RETURNING entity, id)
INSERT INTO work_days (entity, contract_id, line, work_date, hours) SELECT entity, id, g, DATE '2017-01-01' + g, 8 FROM c, generate_series(1, 4) g;
WITH e AS (INSERT INTO journal_entries (entity, id, entry_date, description, reference, currency)
  VALUES ('BE', gen_random_uuid(), DATE '2017-06-01', 'Pay of a contract', 'C-1', 'EUR') RETURNING entity, id),
 p AS (INSERT INTO postings (entity, entry_id, line, account_type, account_subject, amount, currency)
  SELECT e.entity, e.id, v.line, v.type, v.subject, v.amount, 'EUR' FROM e,
  (VALUES (1, 'CLIENT_RECEIVABLES', 'client-' || :member, 1000), (2, 'CONTRACT_PAYROLL', 'contract-' || :member, -800), (3, 'FEE_INCOME', '', -100), (4, 'GUARANTEE_FUND', '', -100)) AS v (line, type, subject, amount)
  RETURNING entity, currency, account_type, account_subject, amount)
INSERT INTO account_balances (entity, currency, account_type, account_subject, balance)
  SELECT entity, currency, account_type, account_subject, SUM(amount) FROM p WHERE account_subject <> '' GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (entity, currency, account_type, account_subject) DO UPDATE SET balance = account_balances.balance + EXCLUDED.balance;
INSERT INTO audit_trail (entity, recorded_at, actor, action, subject_type, subject_id) VALUES ('BE', now(), 'bench', 'contract.store', 'contract', 'x');
COMMIT;
