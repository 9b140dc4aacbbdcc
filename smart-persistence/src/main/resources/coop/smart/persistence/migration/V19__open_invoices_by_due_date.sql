-- A reminder run reads the open invoices past their due date (InvoiceRepository.openDueBefore):
-- through this index, not by reading every invoice of the entity's history each day.
CREATE INDEX invoices_by_status_and_due_date ON invoices (entity, status, due_date);
