-- A contract's member and client, and a work day's contract, are checked by the statement that
-- inserts the contract with its days, not by foreign keys. A foreign key locks the referenced row
-- (FOR KEY SHARE) in every transaction that inserts a contract: contracts drafted at once for one
-- client, or one member, shared that lock through multixacts and a WAL record per lock. And the
-- check of each day's contract ran a plan cached by the connection: planned while the table was
-- small, it scanned every contract of the entity once the table had grown (measured: 8,300 pages
-- read per contract drafted after 10,000), so drafting cost more with every contract stored.
-- The checks are as strict: the insert stores no contract whose member, or client, is not stored
-- in its entity, and no day but those of the contracts it inserts; members, clients and contracts
-- are never deleted, so a reference checked stays valid. A contract's parties and days are fixed
-- by its draft: an update never writes them.
ALTER TABLE contracts DROP CONSTRAINT contracts_entity_member_id_fkey;
ALTER TABLE contracts DROP CONSTRAINT contracts_entity_client_id_fkey;
ALTER TABLE work_days DROP CONSTRAINT work_days_entity_contract_id_fkey;
