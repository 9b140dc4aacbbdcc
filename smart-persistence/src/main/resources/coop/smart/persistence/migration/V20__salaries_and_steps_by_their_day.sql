-- A salary run reads the contracts whose salary's payment date (R2) has come, and a reminder run
-- the invoices whose next collection step's day has come (R9): each row is stored with that day,
-- computed from the entity's rules by the statement that stores it, so a run reads what it pays
-- or reminds, not every contract waiting for its date nor every unpaid invoice past its last step.

ALTER TABLE contracts ADD COLUMN salary_due_on DATE;
-- Contracts stored before: the day after their payment clock starts, the earliest R2 allows
-- (start < payment date); a run reads them from then on and pays each on its own date.
UPDATE contracts SET salary_due_on = GREATEST(end_date, declared_on) + 1 WHERE declared_on IS NOT NULL;
DROP INDEX contracts_funded_declared;
DROP INDEX contracts_invoiced;
CREATE INDEX contracts_funded_declared ON contracts (entity, salary_due_on) WHERE client_id IS NULL AND status = 'DECLARED';
CREATE INDEX contracts_invoiced ON contracts (entity, salary_due_on) WHERE status = 'INVOICED';

ALTER TABLE invoices ADD COLUMN next_step_on DATE;
-- Open invoices stored before: the day after their due date, the earliest a step may come; a
-- run reads them from then on and stores the day of the next step with any step it issues.
UPDATE invoices SET next_step_on = due_date + 1 WHERE status IN ('ISSUED', 'PARTIALLY_PAID');
DROP INDEX invoices_by_status_and_due_date;
CREATE INDEX invoices_by_next_step ON invoices (entity, next_step_on) WHERE next_step_on IS NOT NULL;
