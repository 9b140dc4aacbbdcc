-- One row inserted and committed: the rate every durable write is measured against.
INSERT INTO audit_trail (entity, recorded_at, actor, action, subject_type, subject_id) VALUES ('BE', now(), 'api-key', 'contract.draft', 'Contract', 'x');
