-- What the KPIs need beyond the star schema (../shared/KPIS.md): two small settings tables that
-- reports/kpis.yaml fills, the surveys sent (the response rate's denominator) and views for KPIs
-- a single aggregate over one fact table cannot express. The cubes in reports/model are built on them.
--
-- "Now" is the moment a query runs, in UTC like every stored timestamp: a ticket still unanswered
-- past its target, or a detractor still uncontacted past 24 h, counts against its KPI from then on.

-- First-response and resolution targets per priority. reports/kpis.yaml is the source: the KPI
-- catalog writes its values here (KpiSettingsTables); these rows are its defaults.
CREATE TABLE dim_sla_target (
    priority                VARCHAR PRIMARY KEY CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
    first_response_minutes  DOUBLE NOT NULL CHECK (first_response_minutes > 0),
    resolution_hours        DOUBLE NOT NULL CHECK (resolution_hours > 0)
);
INSERT INTO dim_sla_target VALUES ('P1', 60, 8), ('P2', 240, 24), ('P3', 480, 72), ('P4', 1440, 168);

-- The key features every licence includes (engagement events 'feature:<key>'); feature adoption
-- is measured against them. Also written from reports/kpis.yaml.
CREATE TABLE dim_key_feature (
    feature  VARCHAR PRIMARY KEY
);
INSERT INTO dim_key_feature VALUES
    ('dashboards'), ('reports'), ('alerts'), ('integrations'), ('automation'), ('api'), ('sso'), ('mobile');

-- Surveys sent, answered or not: fact_survey_response holds answers only, so the response rate
-- needs the sends. response_id is the answer a send got (NULL while unanswered).
CREATE TABLE fact_survey_send (
    send_id      VARCHAR PRIMARY KEY,
    account_id   VARCHAR NOT NULL,
    contact_id   VARCHAR,
    survey_type  VARCHAR NOT NULL CHECK (survey_type IN ('nps', 'csat', 'ces')),
    survey_kind  VARCHAR CHECK (survey_kind IN ('relational', 'transactional')),
    trigger      VARCHAR CHECK (trigger IN ('quarterly', 'semiannual', 'post_support', 'post_onboarding', 'pre_renewal')),
    sent_at      TIMESTAMP NOT NULL,
    response_id  VARCHAR
);

-- Engagement events plus one 'licence' row per account and month, so that accounts and months
-- without any activity still count in the denominators (seats, key features licensed). Licence
-- months run from the account's onboarding month (or the first month of engagement data) to the
-- last month with engagement data: the months the data covers.
CREATE VIEW engagement_activity AS
WITH span AS (
    SELECT date_trunc('month', min(occurred_at)) AS first_month, date_trunc('month', max(occurred_at)) AS last_month
    FROM fact_engagement
),
licence AS (
    SELECT a.account_id,
           unnest(generate_series(greatest(span.first_month, coalesce(date_trunc('month', a.onboarded_on::TIMESTAMP), span.first_month)),
                                  span.last_month, INTERVAL 1 MONTH)) AS month
    FROM dim_account AS a, span
)
SELECT e.account_id, e.user_id, e.occurred_at, e.event, 'event' AS row_kind,
       e.event = 'login' AS is_login,
       e.event IN (SELECT 'feature:' || feature FROM dim_key_feature) AS is_key_feature,
       CAST(NULL AS BIGINT) AS key_features
FROM fact_engagement AS e
UNION ALL
SELECT l.account_id, NULL, l.month, NULL, 'licence', false, false, (SELECT count(*) FROM dim_key_feature)
FROM licence AS l;

-- One row per NPS detractor answer (score 0..6), with its closed-loop case if one was opened
-- (the earliest; each step's time is the earliest over the answer's cases), the hours from the
-- answer to each step, the first-contact bucket, and the contact's next NPS answer: a follow-up
-- when it came 30 to 90 days later.
CREATE VIEW detractor_responses AS
WITH nps AS (
    SELECT response_id, account_id, contact_id, score, survey_kind, responded_at,
           lead(score) OVER by_contact AS next_score,
           lead(responded_at) OVER by_contact AS next_responded_at
    FROM fact_survey_response
    WHERE survey_type = 'nps'
    WINDOW by_contact AS (PARTITION BY contact_id ORDER BY responded_at, response_id)
),
cases AS (
    SELECT response_id,
           arg_min(case_id, (opened_at, case_id)) AS case_id,
           arg_min(owner, (opened_at, case_id)) AS owner,
           arg_min(category, (opened_at, case_id)) AS category,
           arg_min(outcome, (opened_at, case_id)) AS outcome,
           min(opened_at) AS opened_at,
           min(first_contact_at) AS first_contact_at,
           min(root_cause_at) AS root_cause_at,
           min(action_plan_at) AS action_plan_at
    FROM fact_detractor_case
    GROUP BY response_id
),
timed AS (
    SELECT n.*, c.case_id, c.owner, c.category, c.outcome, c.opened_at, c.first_contact_at, c.root_cause_at, c.action_plan_at,
           epoch(c.first_contact_at - n.responded_at) / 3600.0 AS hours_to_contact,
           epoch(c.root_cause_at - n.responded_at) / 3600.0 AS hours_to_root_cause,
           epoch(c.action_plan_at - n.responded_at) / 3600.0 AS hours_to_action_plan,
           epoch((now() AT TIME ZONE 'UTC') - n.responded_at) / 3600.0 AS hours_since_response,
           n.contact_id IS NOT NULL
               AND n.next_responded_at >= n.responded_at + INTERVAL 30 DAY
               AND n.next_responded_at <= n.responded_at + INTERVAL 90 DAY AS followed_up
    FROM nps AS n
    LEFT JOIN cases AS c ON c.response_id = n.response_id
    WHERE n.score <= 6
)
SELECT response_id, account_id, contact_id, score, survey_kind, responded_at,
       case_id, owner, category, outcome, opened_at, first_contact_at, root_cause_at, action_plan_at,
       hours_to_contact, hours_to_root_cause, hours_to_action_plan, hours_since_response,
       CASE WHEN hours_to_contact IS NULL THEN 'no contact'
            WHEN hours_to_contact <= 1 THEN 'within 1h'
            WHEN hours_to_contact <= 24 THEN '1-24h'
            WHEN hours_to_contact <= 72 THEN '24-72h'
            ELSE 'over 72h' END AS contact_bucket,
       followed_up,
       CASE WHEN followed_up THEN next_score END AS follow_up_score
FROM timed;

-- Feature requests with the requester's NPS group: from the requesting contact's latest NPS answer
-- at or before the request, else the account's latest, else 'unknown'.
CREATE VIEW feature_request_groups AS
WITH nps AS (
    SELECT response_id, account_id, contact_id, score, responded_at FROM fact_survey_response WHERE survey_type = 'nps'
),
scored AS (
    SELECT f.request_id, f.account_id, f.contact_id, f.theme, f.requested_at, coalesce(own.score, account_wide.score) AS requester_score
    FROM fact_feature_request AS f
    LEFT JOIN LATERAL (
        SELECT score FROM nps WHERE nps.contact_id = f.contact_id AND nps.responded_at <= f.requested_at
        ORDER BY responded_at DESC, response_id DESC LIMIT 1) AS own ON true
    LEFT JOIN LATERAL (
        SELECT score FROM nps WHERE nps.account_id = f.account_id AND nps.responded_at <= f.requested_at
        ORDER BY responded_at DESC, response_id DESC LIMIT 1) AS account_wide ON true
)
SELECT request_id, account_id, contact_id, theme, requested_at, requester_score,
       CASE WHEN requester_score IS NULL THEN 'unknown'
            WHEN requester_score >= 9 THEN 'promoter'
            WHEN requester_score >= 7 THEN 'passive'
            ELSE 'detractor' END AS nps_group
FROM scored;
