-- Where a member is paid: its bank account (IBAN, the bank's BIC if given, the holder's name when it is
-- not the member's). Members who joined before gave none; a salary due to them is paid in the ledger
-- and its transfer withheld until they do.
ALTER TABLE members ADD COLUMN iban VARCHAR(34);
ALTER TABLE members ADD COLUMN bic VARCHAR(11);
ALTER TABLE members ADD COLUMN account_holder VARCHAR(70);
ALTER TABLE members ADD CONSTRAINT members_bank_account CHECK (iban IS NOT NULL OR (bic IS NULL AND account_holder IS NULL));

-- The transfers to members the entity orders its bank to make: one per salary paid, one per expense
-- refunded, recorded in the transaction that paid it in the ledger, so the day's credit-transfer file
-- is read from here. A transfer without an IBAN is withheld: the member had given no bank account.
CREATE TABLE bank_transfers (
  entity         CHAR(2)       NOT NULL,
  end_to_end_id  VARCHAR(35)   NOT NULL,
  execution_date DATE          NOT NULL,
  member_id      UUID          NOT NULL,
  creditor       VARCHAR(300)  NOT NULL,
  iban           VARCHAR(34),
  bic            VARCHAR(11),
  account_holder VARCHAR(70),
  amount         NUMERIC(19,4) NOT NULL CHECK (amount > 0),
  currency       CHAR(3)       NOT NULL,
  contract_id    UUID,
  expense_entry  UUID,
  remittance     VARCHAR(140)  NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (entity, end_to_end_id),
  FOREIGN KEY (entity, member_id) REFERENCES members (entity, id),
  FOREIGN KEY (entity, contract_id) REFERENCES contracts (entity, id),
  FOREIGN KEY (entity, expense_entry) REFERENCES journal_entries (entity, id),
  CONSTRAINT bank_transfers_pay_one_thing CHECK ((contract_id IS NULL) <> (expense_entry IS NULL))
);
CREATE INDEX bank_transfers_by_day ON bank_transfers (entity, execution_date, recorded_at);
