-- Sign-in and row-level access (issue 19). The team is data, loaded like every fact (kind team);
-- an account's csm names a member by name or e-mail. Credentials live apart from the team so that
-- reloading the team never drops a password. The audit log records who did what, from where.
CREATE TABLE dim_team_member (
    email          VARCHAR PRIMARY KEY,
    name           VARCHAR NOT NULL,
    role           VARCHAR NOT NULL CHECK (role IN ('admin', 'leader', 'csm', 'viewer')),
    manager_email  VARCHAR
);

-- email is stored lower-case, as dim_team_member's; the hash is ASP.NET Core's PasswordHasher format.
CREATE TABLE team_credential (
    email            VARCHAR PRIMARY KEY,
    password_hash    VARCHAR NOT NULL,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,
    changed_at       TIMESTAMPTZ NOT NULL
);

CREATE SEQUENCE audit_event_id START 1;

CREATE TABLE audit_event (
    event_id     BIGINT PRIMARY KEY DEFAULT nextval('audit_event_id'),
    occurred_at  TIMESTAMPTZ NOT NULL,
    actor        VARCHAR NOT NULL,
    action       VARCHAR NOT NULL,
    target       VARCHAR,
    origin       VARCHAR,
    outcome      VARCHAR NOT NULL,
    detail       VARCHAR
);
