-- Bank statements imported (camt.053) and their entries. The bank's statement reference and each
-- entry's bank reference are unique per entity, so importing a statement twice books nothing twice.
CREATE TABLE bank_statements (
  entity      CHAR(2)      NOT NULL,
  id          UUID         NOT NULL,
  reference   VARCHAR(35)  NOT NULL,
  iban        VARCHAR(34)  NOT NULL,
  imported_at TIMESTAMPTZ  NOT NULL,
  PRIMARY KEY (entity, id),
  UNIQUE (entity, reference)
);
CREATE TABLE bank_statement_entries (
  entity           CHAR(2)       NOT NULL,
  id               UUID          NOT NULL,
  statement_id     UUID          NOT NULL,
  position         INTEGER       NOT NULL,
  reference        VARCHAR(80)   NOT NULL,
  amount           NUMERIC(19,4) NOT NULL,
  currency         CHAR(3)       NOT NULL,
  credit           BOOLEAN       NOT NULL,
  booking_date     DATE          NOT NULL,
  value_date       DATE,
  debtor_name      VARCHAR(140),
  debtor_iban      VARCHAR(34),
  remittance       VARCHAR(2000),
  quoted_reference VARCHAR(35),
  status           VARCHAR(20)   NOT NULL,
  invoice_id       UUID,
  paid             NUMERIC(19,4) NOT NULL,
  client_credit    NUMERIC(19,4) NOT NULL,
  note             VARCHAR(2000),
  PRIMARY KEY (entity, id),
  UNIQUE (entity, reference),
  UNIQUE (entity, statement_id, position),
  FOREIGN KEY (entity, statement_id) REFERENCES bank_statements (entity, id),
  FOREIGN KEY (entity, invoice_id) REFERENCES invoices (entity, id),
  CONSTRAINT bank_statement_entries_amount CHECK (amount > 0 AND paid >= 0 AND client_credit >= 0 AND paid + client_credit <= amount)
);
-- The queue: the entries still waiting for an advisor, read by id.
CREATE INDEX bank_statement_entries_waiting ON bank_statement_entries (entity, id) WHERE status IN ('UNMATCHED', 'SUGGESTED');
