-- A salary run, the books' check and a contract's page find a contract's invoice: by its key, not by
-- reading every invoice of the entity.
CREATE INDEX invoices_by_contract ON invoices (entity, contract_id) WHERE contract_id IS NOT NULL;
