-- A period's journal is read by date, then in the order posted: the exports stream it in that order.
CREATE INDEX journal_entries_by_date ON journal_entries (entity, entry_date, seq);
