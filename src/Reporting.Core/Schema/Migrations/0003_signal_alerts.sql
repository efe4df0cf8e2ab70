-- Warning signals as they fire, and the alerts sent for them (Reporting.Core/Alerts). Not facts:
-- writing them does not move the data version.

-- One row per account, signal and evaluated period: the first time the alert monitor saw the signal
-- fire for that period. is_new: it did not fire in the evaluation a month earlier (an alert was due).
CREATE TABLE signal_firing (
    account_id     VARCHAR NOT NULL,
    signal_id      VARCHAR NOT NULL,
    signal_number  INTEGER NOT NULL,
    title          VARCHAR NOT NULL,
    severity       INTEGER NOT NULL,
    period_from    DATE NOT NULL,
    period_to      DATE NOT NULL,
    as_of          DATE NOT NULL,
    first_seen_at  TIMESTAMP NOT NULL,
    is_new         BOOLEAN NOT NULL,
    reasons        VARCHAR NOT NULL,
    evidence       VARCHAR NOT NULL,
    PRIMARY KEY (account_id, signal_id, period_to)
);

-- One row per alert and webhook: how many attempts it took and how the last one went. The URL is
-- recorded without its query string, which may carry a token.
CREATE TABLE alert_delivery (
    delivery_id       VARCHAR PRIMARY KEY,
    account_id        VARCHAR NOT NULL,
    signal_id         VARCHAR NOT NULL,
    period_to         DATE NOT NULL,
    webhook           VARCHAR NOT NULL,
    attempts          INTEGER NOT NULL CHECK (attempts >= 1),
    delivered         BOOLEAN NOT NULL,
    status_code       INTEGER,
    error             VARCHAR,
    first_attempt_at  TIMESTAMP NOT NULL,
    last_attempt_at   TIMESTAMP NOT NULL
);
