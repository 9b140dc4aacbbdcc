-- A payment run reads the contracts invoiced and not yet paid: a few days' worth, however long
-- the entity's history, found without reading it.
CREATE INDEX contracts_invoiced ON contracts (entity, end_date) WHERE status = 'INVOICED';
