-- Activities, invoices with their numbering, and equipment leases, under the conventions of
-- V1: plain SQL that runs unchanged on PostgreSQL and on H2 in MODE=PostgreSQL, the entity
-- code on every row and first in every key, money as NUMERIC(19,4) beside the row's CHAR(3)
-- currency, and a version on every aggregate. The guarantee fund needs no table: its
-- contributions and payouts are journal entries on its own accounts in the ledger.

-- sector_premises is set for a horeca activity only, as Sector requires.
CREATE TABLE activities (
  entity          CHAR(2)      NOT NULL,
  id              UUID         NOT NULL,
  name            VARCHAR(300) NOT NULL,
  sector_name     VARCHAR(200) NOT NULL,
  sector_horeca   BOOLEAN      NOT NULL,
  sector_premises VARCHAR(20),
  closed_through  INTEGER      NOT NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (entity, id)
);

CREATE TABLE activity_administrators (
  entity      CHAR(2) NOT NULL,
  activity_id UUID    NOT NULL,
  member_id   UUID    NOT NULL,
  PRIMARY KEY (entity, activity_id, member_id),
  FOREIGN KEY (entity, activity_id) REFERENCES activities (entity, id),
  FOREIGN KEY (entity, member_id) REFERENCES members (entity, id)
);

-- The last number taken in each entity's series of a year. A number is taken by raising it in
-- the transaction that stores the invoice: the row stays locked until that transaction ends,
-- so numbers are handed out one at a time, and a rollback gives the number back.
CREATE TABLE invoice_series (
  entity        CHAR(2) NOT NULL,
  series_year   INTEGER NOT NULL,
  last_sequence BIGINT  NOT NULL,
  PRIMARY KEY (entity, series_year)
);

-- An invoice funds one contract or one activity. net is the amount excluding VAT, on which the
-- fee was taken; VAT and totals are derived from it. status is derived from the payments,
-- credit notes and write-off, and kept here so open invoices are found without reading them all.
CREATE TABLE invoices (
  entity          CHAR(2)       NOT NULL,
  id              UUID          NOT NULL,
  number_year     INTEGER       NOT NULL,
  number_sequence BIGINT        NOT NULL,
  client_id       UUID          NOT NULL,
  member_id       UUID          NOT NULL,
  contract_id     UUID,
  activity_id     UUID,
  structure       VARCHAR(100),
  issue_date      DATE          NOT NULL,
  due_date        DATE          NOT NULL,
  currency        CHAR(3)       NOT NULL,
  vat_treatment   VARCHAR(20)   NOT NULL,
  vat_rate        NUMERIC       NOT NULL,
  vat_mention     VARCHAR(500),
  holder          VARCHAR(20)   NOT NULL,
  fee_date        DATE          NOT NULL,
  fee_rate        NUMERIC       NOT NULL,
  net             NUMERIC(19,4) NOT NULL,
  fee             NUMERIC(19,4) NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  written_off_on  DATE,
  version         BIGINT        NOT NULL,
  PRIMARY KEY (entity, id),
  UNIQUE (entity, number_year, number_sequence),
  FOREIGN KEY (entity, client_id) REFERENCES clients (entity, id),
  FOREIGN KEY (entity, member_id) REFERENCES members (entity, id),
  FOREIGN KEY (entity, contract_id) REFERENCES contracts (entity, id),
  FOREIGN KEY (entity, activity_id) REFERENCES activities (entity, id),
  CONSTRAINT invoices_fund_one CHECK ((contract_id IS NULL) <> (activity_id IS NULL))
);
CREATE INDEX invoices_by_client ON invoices (entity, client_id, status);
CREATE INDEX invoices_by_activity ON invoices (entity, activity_id);

-- The parts of an invoice, each at its place in the invoice's list (line), rewritten whole
-- when the invoice is saved.
CREATE TABLE invoice_lines (
  entity      CHAR(2)       NOT NULL,
  invoice_id  UUID          NOT NULL,
  line        INTEGER       NOT NULL,
  description VARCHAR(500)  NOT NULL,
  quantity    NUMERIC       NOT NULL,
  unit_price  NUMERIC(19,4) NOT NULL,
  currency    CHAR(3)       NOT NULL,
  PRIMARY KEY (entity, invoice_id, line),
  FOREIGN KEY (entity, invoice_id) REFERENCES invoices (entity, id)
);

CREATE TABLE invoice_payments (
  entity     CHAR(2)       NOT NULL,
  invoice_id UUID          NOT NULL,
  line       INTEGER       NOT NULL,
  paid_on    DATE          NOT NULL,
  amount     NUMERIC(19,4) NOT NULL,
  currency   CHAR(3)       NOT NULL,
  PRIMARY KEY (entity, invoice_id, line),
  FOREIGN KEY (entity, invoice_id) REFERENCES invoices (entity, id)
);

CREATE TABLE credit_notes (
  entity      CHAR(2)       NOT NULL,
  invoice_id  UUID          NOT NULL,
  line        INTEGER       NOT NULL,
  credited_on DATE          NOT NULL,
  net         NUMERIC(19,4) NOT NULL,
  vat         NUMERIC(19,4) NOT NULL,
  fee         NUMERIC(19,4) NOT NULL,
  currency    CHAR(3)       NOT NULL,
  PRIMARY KEY (entity, invoice_id, line),
  FOREIGN KEY (entity, invoice_id) REFERENCES invoices (entity, id)
);

CREATE TABLE invoice_reminders (
  entity         CHAR(2)       NOT NULL,
  invoice_id     UUID          NOT NULL,
  line           INTEGER       NOT NULL,
  step_kind      VARCHAR(30)   NOT NULL,
  days_after_due INTEGER       NOT NULL,
  issued_on      DATE          NOT NULL,
  outstanding    NUMERIC(19,4) NOT NULL,
  currency       CHAR(3)       NOT NULL,
  PRIMARY KEY (entity, invoice_id, line),
  FOREIGN KEY (entity, invoice_id) REFERENCES invoices (entity, id)
);

-- A lease keeps its terms and history only: its schedules are derived from them again when it
-- is read (Lease.restore). payoff is what was paid off on paid_off_on, both null while it runs.
CREATE TABLE leases (
  entity      CHAR(2)       NOT NULL,
  id          UUID          NOT NULL,
  activity_id UUID          NOT NULL,
  annual_rate NUMERIC       NOT NULL,
  months      INTEGER       NOT NULL,
  start_date  DATE          NOT NULL,
  currency    CHAR(3)       NOT NULL,
  paid_off_on DATE,
  payoff      NUMERIC(19,4),
  version     BIGINT        NOT NULL,
  PRIMARY KEY (entity, id),
  FOREIGN KEY (entity, activity_id) REFERENCES activities (entity, id),
  CONSTRAINT leases_payoff CHECK ((paid_off_on IS NULL) = (payoff IS NULL))
);
CREATE INDEX leases_by_activity ON leases (entity, activity_id, start_date);

CREATE TABLE lease_equipment (
  entity      CHAR(2)       NOT NULL,
  lease_id    UUID          NOT NULL,
  line        INTEGER       NOT NULL,
  description VARCHAR(500)  NOT NULL,
  price       NUMERIC(19,4) NOT NULL,
  currency    CHAR(3)       NOT NULL,
  PRIMARY KEY (entity, lease_id, line),
  FOREIGN KEY (entity, lease_id) REFERENCES leases (entity, id)
);

-- One row per amendment, in the order signed: ADDED_EQUIPMENT has a description and a price,
-- NEW_TERM the months the balance is spread over.
CREATE TABLE lease_amendments (
  entity           CHAR(2)       NOT NULL,
  lease_id         UUID          NOT NULL,
  line             INTEGER       NOT NULL,
  kind             VARCHAR(20)   NOT NULL,
  signed_on        DATE          NOT NULL,
  description      VARCHAR(500),
  price            NUMERIC(19,4),
  remaining_months INTEGER,
  currency         CHAR(3)       NOT NULL,
  PRIMARY KEY (entity, lease_id, line),
  FOREIGN KEY (entity, lease_id) REFERENCES leases (entity, id),
  CONSTRAINT lease_amendments_kind CHECK (
    (kind = 'ADDED_EQUIPMENT' AND description IS NOT NULL AND price IS NOT NULL AND remaining_months IS NULL)
    OR (kind = 'NEW_TERM' AND description IS NULL AND price IS NULL AND remaining_months IS NOT NULL))
);
