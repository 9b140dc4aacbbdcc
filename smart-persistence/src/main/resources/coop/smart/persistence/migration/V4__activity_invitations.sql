-- A member invited to administer an activity is kept beside its administrators until it accepts:
-- nobody becomes the administrator of someone's activity without agreeing to it.
ALTER TABLE activity_administrators ADD COLUMN invited BOOLEAN NOT NULL DEFAULT FALSE;
