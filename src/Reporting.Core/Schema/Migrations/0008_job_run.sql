-- Named jobs that write facts outside a load, such as the alert monitor's opening of detractor cases
-- (issue 23): one row per run, so the Data page shows when each last ran and how many rows it wrote.
-- Not facts: the row does not move the data version; the job's own writes do, in the same transaction.
CREATE SEQUENCE job_run_id START 1;

-- run_id orders the runs (two may share a time, as under a test's fixed clock).
CREATE TABLE job_run (
    run_id        BIGINT PRIMARY KEY DEFAULT nextval('job_run_id'),
    job           VARCHAR NOT NULL,
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP NOT NULL,
    affected      BIGINT NOT NULL,
    data_version  BIGINT NOT NULL
);
