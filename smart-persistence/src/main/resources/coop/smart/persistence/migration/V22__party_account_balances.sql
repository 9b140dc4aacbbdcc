-- The balance of each party's account (a client's, an activity's budget, a contract's payroll…),
-- kept by the statement that posts: the guards and the daily check read a party's balance at the
-- cost of one row, where summing its postings cost more with every entry in its history (an
-- activity's budget read 1,000 postings after a year). The entity-wide accounts (the bank, the
-- fees, the fund…) have no row: every money movement touches them, and a kept row would make
-- each posting transaction wait for the one before to commit. The whole check of the books
-- compares every row with its postings' sum.
CREATE TABLE account_balances (
  entity          CHAR(2)       NOT NULL,
  currency        CHAR(3)       NOT NULL,
  account_type    VARCHAR(40)   NOT NULL,
  account_subject VARCHAR(200)  NOT NULL,
  balance         NUMERIC(19,4) NOT NULL,
  PRIMARY KEY (entity, currency, account_type, account_subject),
  CONSTRAINT account_balances_party CHECK (account_subject <> '')
);

INSERT INTO account_balances (entity, currency, account_type, account_subject, balance)
SELECT entity, currency, account_type, account_subject, SUM(amount) FROM postings
WHERE account_subject <> '' GROUP BY entity, currency, account_type, account_subject;
