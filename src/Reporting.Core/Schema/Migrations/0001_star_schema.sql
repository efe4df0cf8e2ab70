-- The star schema: one dimension table per kind of entity, one fact table per kind of event
-- (../shared/DATA.md). Keys are the natural keys of the source systems, so a reload of the same
-- rows replaces them (INSERT OR REPLACE needs the primary keys).
--
-- Timestamps are TIMESTAMP holding UTC instants: loads convert offsets to UTC, and calendar
-- periods come from date_trunc without depending on the session's time zone.
-- There are no FOREIGN KEY constraints on purpose: DuckDB forbids replacing a referenced row,
-- which would break idempotent reloads; ingest validates references instead.

CREATE TABLE dim_account (
    account_id    VARCHAR PRIMARY KEY,
    name          VARCHAR NOT NULL,
    segment       VARCHAR NOT NULL CHECK (segment IN ('SMB', 'Mid-Market', 'Enterprise')),
    region        VARCHAR,
    industry      VARCHAR,
    tier          VARCHAR CHECK (tier IN ('Standard', 'Premium', 'Platinum')),
    arr           DECIMAL(14, 2),
    clv           DECIMAL(14, 2),
    seats         INTEGER CHECK (seats >= 0),
    csm           VARCHAR,
    onboarded_on  DATE,
    renewal_on    DATE
);

CREATE TABLE dim_contact (
    contact_id    VARCHAR PRIMARY KEY,
    account_id    VARCHAR NOT NULL,
    name          VARCHAR,
    email         VARCHAR,
    role          VARCHAR CHECK (role IN ('executive', 'champion', 'admin', 'user'))
);

CREATE TABLE fact_ticket (
    ticket_id          VARCHAR PRIMARY KEY,
    account_id         VARCHAR NOT NULL,
    contact_id         VARCHAR,
    priority           VARCHAR NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
    channel            VARCHAR,
    category           VARCHAR,
    group_name         VARCHAR,
    assignee           VARCHAR,
    created_at         TIMESTAMP NOT NULL,
    first_response_at  TIMESTAMP CHECK (first_response_at >= created_at),
    solved_at          TIMESTAMP CHECK (solved_at >= created_at),
    status             VARCHAR NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'pending', 'on-hold', 'solved', 'closed')),
    reopens            INTEGER NOT NULL DEFAULT 0 CHECK (reopens >= 0),
    assignee_stations  INTEGER CHECK (assignee_stations >= 0),
    group_stations     INTEGER CHECK (group_stations >= 0)
);

CREATE TABLE fact_survey_response (
    response_id   VARCHAR PRIMARY KEY,
    account_id    VARCHAR NOT NULL,
    contact_id    VARCHAR,
    survey_type   VARCHAR NOT NULL CHECK (survey_type IN ('nps', 'csat', 'ces')),
    survey_kind   VARCHAR CHECK (survey_kind IN ('relational', 'transactional')),
    trigger       VARCHAR CHECK (trigger IN ('quarterly', 'semiannual', 'post_support', 'post_onboarding', 'pre_renewal')),
    ticket_id     VARCHAR,
    score         SMALLINT NOT NULL,
    comment       VARCHAR,
    sent_at       TIMESTAMP,
    responded_at  TIMESTAMP NOT NULL,
    CHECK ((survey_type = 'nps' AND score BETWEEN 0 AND 10)
        OR (survey_type = 'csat' AND score BETWEEN 1 AND 5)
        OR (survey_type = 'ces' AND score BETWEEN 1 AND 7))
);

CREATE TABLE fact_engagement (
    account_id   VARCHAR NOT NULL,
    user_id      VARCHAR NOT NULL,
    occurred_at  TIMESTAMP NOT NULL,
    event        VARCHAR NOT NULL CHECK (event = 'login' OR event LIKE 'feature:_%'),
    PRIMARY KEY (account_id, user_id, occurred_at, event)
);

CREATE TABLE fact_meeting (
    meeting_id                VARCHAR PRIMARY KEY,
    account_id                VARCHAR NOT NULL,
    kind                      VARCHAR NOT NULL CHECK (kind IN ('QBR', 'EBR', 'check-in')),
    scheduled_at              TIMESTAMP NOT NULL,
    held                      BOOLEAN,
    key_stakeholder_attended  BOOLEAN
);

CREATE TABLE fact_detractor_case (
    case_id           VARCHAR PRIMARY KEY,
    response_id       VARCHAR NOT NULL,
    owner             VARCHAR,
    opened_at         TIMESTAMP NOT NULL,
    first_contact_at  TIMESTAMP,
    root_cause_at     TIMESTAMP,
    action_plan_at    TIMESTAMP,
    closed_at         TIMESTAMP,
    category          VARCHAR CHECK (category IN ('collaboration', 'technical performance', 'business outcomes')),
    outcome           VARCHAR
);

CREATE TABLE fact_feature_request (
    request_id    VARCHAR PRIMARY KEY,
    account_id    VARCHAR NOT NULL,
    contact_id    VARCHAR,
    theme         VARCHAR NOT NULL,
    requested_at  TIMESTAMP NOT NULL
);

-- Bumped by every committed load, so that caches keyed by it drop stale answers.
CREATE TABLE data_version (
    version     BIGINT NOT NULL,
    changed_at  TIMESTAMP NOT NULL
);
INSERT INTO data_version VALUES (0, now() AT TIME ZONE 'UTC');
