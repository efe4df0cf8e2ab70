-- Scheduled delivery (issue 21): subscriptions and the ledger of what was sent. Not facts: writing
-- them does not move the data version. No column is named account_id (the access layer would shadow
-- the table as a fact): the account a pack is about is pack_account_id.

CREATE SEQUENCE subscription_id START 1;

-- One row per subscription: what (content_*), to whom (recipients: a JSON array of {kind, value}),
-- when (schedule_*), how (channel). checked_until: occurrences up to it have been looked at (sent or
-- recorded missed), so downtime longer than the grace window is recorded as missed, once.
CREATE TABLE subscription (
    subscription_id     BIGINT PRIMARY KEY DEFAULT nextval('subscription_id'),
    name                VARCHAR NOT NULL,
    content_kind        VARCHAR NOT NULL CHECK (content_kind IN ('account-pack', 'rule-packs', 'dashboard-digest')),
    pack_account_id     VARCHAR,
    rule_renewing_days  INTEGER,
    rule_health_below   INTEGER,
    dashboard           VARCHAR,
    filters             VARCHAR NOT NULL DEFAULT '{}',
    period              VARCHAR,
    recipients          VARCHAR NOT NULL,
    schedule_kind       VARCHAR NOT NULL CHECK (schedule_kind IN ('cron', 'before-renewal', 'before-meeting')),
    cron                VARCHAR,
    time_zone           VARCHAR NOT NULL,
    days_before         INTEGER,
    meeting_kind        VARCHAR,
    send_at             TIME NOT NULL,
    channel             VARCHAR NOT NULL CHECK (channel IN ('email', 'webhook')),
    webhook_url         VARCHAR,
    created_by          VARCHAR NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    paused              BOOLEAN NOT NULL DEFAULT false,
    checked_until       TIMESTAMPTZ
);

-- An address that asked (through the signed link) to receive no more of a subscription.
CREATE TABLE subscription_unsubscribe (
    subscription_id  BIGINT NOT NULL,
    email            VARCHAR NOT NULL,
    unsubscribed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (subscription_id, email)
);

CREATE SEQUENCE delivery_id START 1;

-- The ledger: one row per subscription, occurrence, recipient and pack account ('' for a digest),
-- written (pending) before anything is sent, so a restart or a second run never sends twice.
CREATE TABLE delivery (
    delivery_id      BIGINT PRIMARY KEY DEFAULT nextval('delivery_id'),
    subscription_id  BIGINT NOT NULL,
    occurrence       TIMESTAMPTZ NOT NULL,
    recipient        VARCHAR NOT NULL,
    pack_account_id  VARCHAR NOT NULL,
    status           VARCHAR NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'missed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       VARCHAR,
    recorded_at      TIMESTAMPTZ NOT NULL,
    sent_at          TIMESTAMPTZ,
    UNIQUE (subscription_id, occurrence, recipient, pack_account_id)
);

-- The key that signs unsubscribe links when no secret is configured: made once, shared by the
-- server and the command line through the file.
CREATE TABLE delivery_secret (
    name   VARCHAR PRIMARY KEY,
    value  VARCHAR NOT NULL
);
