-- A contract funded by its activity's budget has no client: it names the activity instead.
ALTER TABLE contracts ALTER COLUMN client_id DROP NOT NULL;
ALTER TABLE contracts ADD CONSTRAINT contracts_client_or_activity CHECK (client_id IS NOT NULL OR activity_id IS NOT NULL);
-- What a salary run looks for besides invoiced contracts: declared ones funded by a budget.
CREATE INDEX contracts_funded_declared ON contracts (entity, end_date) WHERE client_id IS NULL AND status = 'DECLARED';
