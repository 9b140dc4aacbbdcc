-- People who sign in to the web pages: members and the entity's staff, each bound to one entity
-- and one role (and a member for MEMBER), as API keys are. A person starts as an invitation,
-- whose token only its SHA-256 is kept of, and signs in once it has chosen a password, kept as
-- an Argon2id hash. An e-mail address signs in one person of an entity, whatever its case.
CREATE TABLE people (
  entity          CHAR(2)      NOT NULL,
  id              UUID         NOT NULL,
  email           VARCHAR(254),
  role            VARCHAR(20)  NOT NULL,
  member_id       UUID,
  language        VARCHAR(2),
  password_hash   VARCHAR(200),
  invitation_hash CHAR(64),
  invited_until   TIMESTAMPTZ,
  invited_by      VARCHAR(300) NOT NULL,
  created_at      TIMESTAMPTZ  NOT NULL,
  PRIMARY KEY (entity, id),
  FOREIGN KEY (entity, member_id) REFERENCES members (entity, id),
  CONSTRAINT people_member CHECK ((role = 'MEMBER') = (member_id IS NOT NULL)),
  CONSTRAINT people_signs_in CHECK (password_hash IS NOT NULL OR invitation_hash IS NOT NULL)
);
CREATE UNIQUE INDEX people_by_email ON people (entity, lower(email));
CREATE UNIQUE INDEX people_by_invitation ON people (invitation_hash);

-- A signed-in person's sessions, each known by the SHA-256 of the token its cookie carries.
CREATE TABLE person_sessions (
  token_hash CHAR(64)    NOT NULL PRIMARY KEY,
  entity     CHAR(2)     NOT NULL,
  person_id  UUID        NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  last_seen  TIMESTAMPTZ NOT NULL,
  FOREIGN KEY (entity, person_id) REFERENCES people (entity, id) ON DELETE CASCADE
);
CREATE INDEX person_sessions_by_age ON person_sessions (last_seen);
