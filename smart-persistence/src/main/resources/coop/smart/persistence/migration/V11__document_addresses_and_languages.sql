-- What documents print of a client: its postal address, its Peppol address (scheme:identifier) and
-- the language of its invoices; and the language of a member's contracts and pay slips. All may be
-- null: clients and members registered before were asked none of it, and the entity's language applies.
ALTER TABLE clients ADD COLUMN street VARCHAR(300);
ALTER TABLE clients ADD COLUMN postcode VARCHAR(20);
ALTER TABLE clients ADD COLUMN city VARCHAR(100);
ALTER TABLE clients ADD COLUMN electronic_address VARCHAR(60);
ALTER TABLE clients ADD COLUMN language CHAR(2);
ALTER TABLE clients ADD CONSTRAINT clients_address CHECK ((street IS NULL AND postcode IS NULL AND city IS NULL)
                                                        OR (street IS NOT NULL AND postcode IS NOT NULL AND city IS NOT NULL));
ALTER TABLE members ADD COLUMN language CHAR(2);
