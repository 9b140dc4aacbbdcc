-- A posting's journal entry is checked by the statement that posts the entry with its postings,
-- not by a foreign key, for the reason V17 gives for a contract's work days: the key's check ran a
-- plan each connection cached while the ledger was small, on the entries' date index, and read
-- every entry of the entity for each posting (2,080 rows read per posting after 2,000 entries), so
-- every money movement cost more with every entry in the books. The statement inserts postings
-- only for the entries it inserts, and is refused if any posting is left out; entries are never
-- deleted.
ALTER TABLE postings DROP CONSTRAINT postings_entity_entry_id_fkey;
