-- Invoices are numbered in the order of their dates: each series keeps the date of its last
-- invoice beside its number, both decided under the lock on the series row, so no later number
-- is ever dated earlier. Series opened before start from the latest date they hold.
ALTER TABLE invoice_series ADD COLUMN last_issue_date DATE;

UPDATE invoice_series s
   SET last_issue_date = (SELECT max(i.issue_date) FROM invoices i WHERE i.entity = s.entity AND i.number_year = s.series_year);
