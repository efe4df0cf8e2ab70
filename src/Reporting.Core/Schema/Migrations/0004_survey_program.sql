-- The survey program (KPIS.md: response rate; the playbooks' cadence, 90-day cap and non-responder
-- follow-up): sends load like other facts, a response may name the send it answers, a send records
-- when a non-responder was followed up, and two views give each send its outcome and each account
-- and month its coverage. The cubes survey_sends and survey_coverage are built on them.

ALTER TABLE fact_survey_response ADD COLUMN send_id VARCHAR;
ALTER TABLE fact_survey_send ADD COLUMN followed_up_at TIMESTAMP;

-- The program's rules, one row. reports/kpis.yaml (survey_program) is the source: the KPI catalog
-- writes its values here (KpiSettingsTables); these are its defaults.
--   cap_days              no contact gets more than one survey within this many days
--   cycle_months          every active contact gets one relational survey per cycle (a rotating cohort)
--   min_tenure_days       accounts join the relational program (and coverage) after this tenure
--   followup_after_days   a send unanswered this long is a non-responder, due a follow-up
--   followup_within_days  the follow-up is on time within this many days after it became due
--   pre_renewal_days      the pre-renewal survey goes this many days before renewal_on
--   post_onboarding_days  the post-onboarding survey goes this many days after onboarded_on
CREATE TABLE dim_survey_program (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    cap_days              INTEGER NOT NULL CHECK (cap_days > 0),
    cycle_months          INTEGER NOT NULL CHECK (cycle_months BETWEEN 1 AND 12),
    min_tenure_days       INTEGER NOT NULL CHECK (min_tenure_days >= 0),
    followup_after_days   INTEGER NOT NULL CHECK (followup_after_days > 0),
    followup_within_days  INTEGER NOT NULL CHECK (followup_within_days > 0),
    pre_renewal_days      INTEGER NOT NULL CHECK (pre_renewal_days > 0),
    post_onboarding_days  INTEGER NOT NULL CHECK (post_onboarding_days > 0)
);
INSERT INTO dim_survey_program VALUES (1, 90, 3, 90, 7, 7, 60, 30);

-- One row per send with the response it got. A response answers the send it names (send_id), or
-- the send that names it (fact_survey_send.response_id); a response naming neither answers the
-- nearest preceding send of the same contact and survey type that no response names, when that send
-- is less than cap_days old (an older one cannot be told from a survey the contact answered unasked).
-- A send answered several times counts once, by its first answer.
--
-- cap_violation: the contact had another send less than cap_days before this one, in calendar days
-- (UTC dates), as the survey planner counts: after a send on 1 March the next may go on 30 May.
-- nonresponder: no answer within followup_after_days, once that time has passed ("now" is UTC).
-- followup_due: a non-responder whose follow-up is judged: done on time, or its time is up.
CREATE VIEW survey_send_outcomes AS
WITH program AS (
    SELECT * FROM dim_survey_program WHERE id = 1
),
named AS (
    SELECT r.send_id, r.response_id, r.responded_at, 'named' AS link
    FROM fact_survey_response AS r
    WHERE r.send_id IS NOT NULL
    UNION ALL
    SELECT s.send_id, r.response_id, r.responded_at, 'named'
    FROM fact_survey_send AS s
    JOIN fact_survey_response AS r ON r.response_id = s.response_id
    WHERE r.send_id IS NULL
),
inferred AS (
    SELECT arg_max(s.send_id, (s.sent_at, s.send_id)) AS send_id, r.response_id, r.responded_at, 'inferred' AS link
    FROM fact_survey_response AS r
    JOIN fact_survey_send AS s
      ON s.contact_id = r.contact_id AND s.survey_type = r.survey_type
     AND s.sent_at <= r.responded_at
     AND s.sent_at > r.responded_at - to_days((SELECT cap_days FROM program))
    WHERE r.send_id IS NULL
      AND r.response_id NOT IN (SELECT response_id FROM named)
      AND s.send_id NOT IN (SELECT send_id FROM named)
    GROUP BY r.response_id, r.responded_at
),
answers AS (
    SELECT send_id,
           arg_min(response_id, (responded_at, response_id)) AS response_id,
           min(responded_at) AS responded_at,
           arg_min(link, (responded_at, response_id)) AS link
    FROM (SELECT * FROM named UNION ALL SELECT * FROM inferred)
    GROUP BY send_id
),
sequenced AS (
    SELECT s.*, lag(s.sent_at) OVER (PARTITION BY s.contact_id ORDER BY s.sent_at, s.send_id) AS previous_sent_at
    FROM fact_survey_send AS s
),
judged AS (
    SELECT s.send_id, s.account_id, s.contact_id, s.survey_type, s.survey_kind, s.trigger, s.sent_at, s.followed_up_at,
           a.response_id, a.responded_at, a.link, s.previous_sent_at,
           s.contact_id IS NOT NULL AND s.sent_at::DATE < s.previous_sent_at::DATE + p.cap_days AS cap_violation,
           (a.responded_at IS NULL OR a.responded_at > s.sent_at + to_days(p.followup_after_days))
               AND (now() AT TIME ZONE 'UTC') >= s.sent_at + to_days(p.followup_after_days) AS nonresponder,
           s.followed_up_at IS NOT NULL
               AND s.followed_up_at <= s.sent_at + to_days(p.followup_after_days + p.followup_within_days) AS followed_up_in_time,
           (now() AT TIME ZONE 'UTC') >= s.sent_at + to_days(p.followup_after_days + p.followup_within_days) AS followup_time_up
    FROM sequenced AS s
    LEFT JOIN answers AS a ON a.send_id = s.send_id
    CROSS JOIN program AS p
)
SELECT send_id, account_id, contact_id, survey_type, survey_kind, trigger, sent_at, followed_up_at,
       response_id, responded_at, link, previous_sent_at, cap_violation, nonresponder, followed_up_in_time,
       nonresponder AND (followed_up_in_time OR followup_time_up) AS followup_due
FROM judged;

-- One row per account and month of the program (the months from the first send to the last) in which
-- the account is active with at least min_tenure_days of tenure at the month's start. Covered: a
-- relational response in the last two cycles (the 2 × cycle_months months ending with this one);
-- key-stakeholder covered: a response to any survey from an executive or champion in that time.
CREATE VIEW survey_coverage_months AS
WITH program AS (
    SELECT * FROM dim_survey_program WHERE id = 1
),
span AS (
    SELECT date_trunc('month', min(sent_at)) AS first_month, date_trunc('month', max(sent_at)) AS last_month
    FROM fact_survey_send
),
account_months AS (
    SELECT a.account_id, m.month
    FROM dim_account AS a
    CROSS JOIN (SELECT unnest(generate_series(first_month, last_month, INTERVAL 1 MONTH)) AS month FROM span WHERE first_month IS NOT NULL) AS m
    CROSS JOIN program AS p
    WHERE a.onboarded_on IS NULL OR a.onboarded_on + p.min_tenure_days <= m.month::DATE
),
voices AS (
    SELECT r.account_id, r.responded_at, r.survey_kind = 'relational' AS relational,
           coalesce(c.role IN ('executive', 'champion'), false) AS key_stakeholder
    FROM fact_survey_response AS r
    LEFT JOIN dim_contact AS c ON c.contact_id = r.contact_id
)
SELECT am.account_id, am.month,
       coalesce(bool_or(v.relational), false) AS covered,
       coalesce(bool_or(v.key_stakeholder), false) AS key_stakeholder_covered
FROM account_months AS am
CROSS JOIN program AS p
LEFT JOIN voices AS v
  ON v.account_id = am.account_id
 AND v.responded_at >= am.month + INTERVAL 1 MONTH - to_months(2 * p.cycle_months)
 AND v.responded_at < am.month + INTERVAL 1 MONTH
GROUP BY am.account_id, am.month;
