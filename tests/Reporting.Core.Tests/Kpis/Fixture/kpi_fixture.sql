-- The KPI fixture, written by hand (KpiFixture explains it; KpiCalculatorTests computes every KPI
-- from it by hand). Four accounts in two segments, January to March 2026. Three rows are dated
-- relative to now, to show what is not due yet: ticket T21 (opened 30 minutes ago), detractor
-- answer R41 (2 hours ago) and meeting M10 (in ten days).

INSERT INTO dim_account (account_id, name, segment, region, tier, arr, clv, seats, csm, onboarded_on, renewal_on) VALUES
    ('A1', 'Acme',  'SMB',        'EMEA', 'Standard', 40000,  100000, 10, 'Kim', DATE '2025-01-01', DATE '2026-09-01'),
    ('A2', 'Bolt',  'SMB',        'AMER', 'Premium',  20000,  50000,  5,  'Lee', DATE '2025-01-01', DATE '2026-10-01'),
    ('A3', 'Crane', 'Enterprise', 'EMEA', 'Platinum', 150000, 400000, 20, 'Kim', DATE '2025-01-01', DATE '2026-12-01'),
    ('A4', 'Dyna',  'Enterprise', 'APAC', 'Premium',  80000,  200000, 8,  'Ng',  DATE '2026-02-01', DATE '2027-02-01');

INSERT INTO dim_contact (contact_id, account_id, role) VALUES
    ('C11', 'A1', 'champion'), ('C12', 'A1', 'executive'), ('C13', 'A1', 'user'),
    ('C21', 'A2', 'champion'), ('C22', 'A2', 'admin'), ('C23', 'A2', 'user'),
    ('C31', 'A3', 'executive'), ('C32', 'A3', 'champion'), ('C33', 'A3', 'admin'), ('C34', 'A3', 'user'),
    ('C41', 'A4', 'champion'), ('C42', 'A4', 'executive'), ('C43', 'A4', 'user');

-- Tickets: first response and solve given as minutes / hours after creation, to read them at a glance.
INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at, first_response_at, solved_at, status, reopens, assignee_stations, group_stations)
SELECT id, account, priority, created,
       created + to_minutes(frt), created + to_hours(ttr), status, reopens, assignees, groups_
FROM (VALUES
    ('T01', 'A1', 'P1', TIMESTAMP '2026-01-05 09:00', 30,   4,    'solved',  0, 1,    1),
    ('T02', 'A1', 'P1', TIMESTAMP '2026-01-12 09:00', 55,   10,   'solved',  1, 2,    1),
    ('T03', 'A1', 'P2', TIMESTAMP '2026-01-20 09:00', 300,  30,   'solved',  0, 3,    2),
    ('T04', 'A1', 'P3', TIMESTAMP '2026-02-03 09:00', 400,  50,   'solved',  0, 1,    1),
    ('T05', 'A1', 'P4', TIMESTAMP '2026-02-17 09:00', 600,  NULL, 'open',    0, 1,    1),
    ('T06', 'A1', 'P2', TIMESTAMP '2026-03-02 09:00', NULL, NULL, 'open',    0, NULL, NULL),
    ('T07', 'A2', 'P1', TIMESTAMP '2026-01-08 10:00', 20,   2,    'solved',  0, 1,    1),
    ('T08', 'A2', 'P3', TIMESTAMP '2026-01-25 10:00', 120,  20,   'solved',  2, 2,    2),
    ('T09', 'A2', 'P2', TIMESTAMP '2026-02-10 10:00', 200,  40,   'solved',  0, 2,    1),
    ('T10', 'A2', 'P4', TIMESTAMP '2026-03-15 10:00', 1500, 100,  'closed',  0, 1,    1),
    ('T11', 'A3', 'P1', TIMESTAMP '2026-01-06 08:00', 90,   6,    'solved',  0, 4,    3),
    ('T12', 'A3', 'P1', TIMESTAMP '2026-01-19 08:00', 10,   3,    'solved',  1, 1,    1),
    ('T13', 'A3', 'P2', TIMESTAMP '2026-02-02 08:00', 60,   NULL, 'open',    0, 2,    1),
    ('T14', 'A3', 'P3', TIMESTAMP '2026-02-20 08:00', 240,  70,   'solved',  0, 1,    1),
    ('T15', 'A3', 'P4', TIMESTAMP '2026-03-05 08:00', NULL, NULL, 'new',     0, 1,    1),
    ('T16', 'A3', 'P2', TIMESTAMP '2026-03-20 08:00', 150,  12,   'solved',  0, 1,    1),
    ('T17', 'A4', 'P1', TIMESTAMP '2026-01-14 12:00', 45,   5,    'solved',  0, 2,    2),
    ('T18', 'A4', 'P2', TIMESTAMP '2026-02-11 12:00', 250,  36,   'solved',  1, 3,    1),
    ('T19', 'A4', 'P3', TIMESTAMP '2026-03-03 12:00', 500,  NULL, 'pending', 0, 1,    1),
    ('T20', 'A4', 'P1', TIMESTAMP '2026-03-25 12:00', 50,   NULL, 'open',    0, 1,    1)
) AS t(id, account, priority, created, frt, ttr, status, reopens, assignees, groups_);
INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at, status) VALUES
    ('T21', 'A3', 'P1', date_trunc('second', now() AT TIME ZONE 'UTC') - INTERVAL 30 MINUTE, 'new');

-- Survey answers: 28 NPS (plus R41, two hours ago), 7 CSAT, 5 CES.
INSERT INTO fact_survey_response (response_id, account_id, contact_id, survey_type, survey_kind, score, responded_at) VALUES
    ('R01', 'A1', 'C11', 'nps', 'relational',    3,  TIMESTAMP '2026-01-10 09:00'),
    ('R02', 'A1', 'C12', 'nps', 'relational',    5,  TIMESTAMP '2026-01-15 12:00'),
    ('R03', 'A2', 'C21', 'nps', 'relational',    2,  TIMESTAMP '2026-01-20 10:00'),
    ('R04', 'A3', 'C31', 'nps', 'relational',    4,  TIMESTAMP '2026-02-02 08:00'),
    ('R05', 'A3', 'C32', 'nps', 'relational',    6,  TIMESTAMP '2026-02-05 09:00'),
    ('R06', 'A4', 'C41', 'nps', 'relational',    0,  TIMESTAMP '2026-01-25 15:00'),
    ('R07', 'A4', 'C42', 'nps', 'relational',    1,  TIMESTAMP '2026-03-01 11:00'),
    ('R08', 'A1', 'C11', 'nps', 'transactional', 9,  TIMESTAMP '2026-03-01 09:00'),
    ('R09', 'A1', 'C12', 'nps', 'transactional', 6,  TIMESTAMP '2026-02-25 12:00'),
    ('R10', 'A2', 'C21', 'nps', 'transactional', 8,  TIMESTAMP '2026-02-10 10:00'),
    ('R11', 'A3', 'C31', 'nps', 'transactional', 5,  TIMESTAMP '2026-03-20 08:00'),
    ('R12', 'A3', 'C32', 'nps', 'transactional', 7,  TIMESTAMP '2026-03-25 09:00'),
    ('R13', 'A4', 'C41', 'nps', 'transactional', 10, TIMESTAMP '2026-03-10 15:00'),
    ('R14', 'A1', 'C13', 'nps', 'relational',    10, TIMESTAMP '2026-01-08 10:00'),
    ('R15', 'A1', 'C13', 'nps', 'relational',    9,  TIMESTAMP '2026-02-15 10:00'),
    ('R16', 'A1', 'C11', 'nps', 'relational',    8,  TIMESTAMP '2026-01-02 10:00'),
    ('R17', 'A1', NULL,  'nps', 'relational',    7,  TIMESTAMP '2026-03-10 10:00'),
    ('R18', 'A2', 'C22', 'nps', 'relational',    9,  TIMESTAMP '2026-01-12 10:00'),
    ('R19', 'A2', 'C23', 'nps', 'relational',    10, TIMESTAMP '2026-02-20 10:00'),
    ('R20', 'A2', 'C23', 'nps', 'relational',    7,  TIMESTAMP '2026-03-18 10:00'),
    ('R21', 'A2', 'C22', 'nps', 'relational',    9,  TIMESTAMP '2026-03-05 10:00'),
    ('R22', 'A3', 'C33', 'nps', 'relational',    10, TIMESTAMP '2026-01-07 10:00'),
    ('R23', 'A3', 'C33', 'nps', 'relational',    9,  TIMESTAMP '2026-02-25 10:00'),
    ('R24', 'A3', 'C34', 'nps', 'relational',    9,  TIMESTAMP '2026-01-28 10:00'),
    ('R25', 'A3', 'C34', 'nps', 'relational',    10, TIMESTAMP '2026-03-12 10:00'),
    ('R26', 'A4', 'C43', 'nps', 'relational',    9,  TIMESTAMP '2026-01-18 10:00'),
    ('R27', 'A4', 'C43', 'nps', 'relational',    10, TIMESTAMP '2026-03-08 10:00'),
    ('R28', 'A4', 'C41', 'nps', 'relational',    9,  TIMESTAMP '2026-01-03 10:00'),
    ('R29', 'A1', 'C11', 'csat', 'transactional', 5, TIMESTAMP '2026-01-09 10:00'),
    ('R30', 'A1', 'C13', 'csat', 'transactional', 4, TIMESTAMP '2026-02-12 10:00'),
    ('R31', 'A2', 'C21', 'csat', 'transactional', 3, TIMESTAMP '2026-02-16 10:00'),
    ('R32', 'A3', 'C33', 'csat', 'transactional', 5, TIMESTAMP '2026-01-21 10:00'),
    ('R33', 'A3', 'C34', 'csat', 'transactional', 2, TIMESTAMP '2026-03-03 10:00'),
    ('R34', 'A4', 'C43', 'csat', 'transactional', 4, TIMESTAMP '2026-02-19 10:00'),
    ('R35', 'A4', 'C41', 'csat', 'transactional', 1, TIMESTAMP '2026-03-22 10:00'),
    ('R36', 'A1', 'C12', 'ces', 'transactional',  2, TIMESTAMP '2026-01-14 10:00'),
    ('R37', 'A2', 'C22', 'ces', 'transactional',  5, TIMESTAMP '2026-02-14 10:00'),
    ('R38', 'A3', 'C31', 'ces', 'transactional',  3, TIMESTAMP '2026-02-27 10:00'),
    ('R39', 'A3', 'C32', 'ces', 'transactional',  4, TIMESTAMP '2026-03-09 10:00'),
    ('R40', 'A4', 'C42', 'ces', 'transactional',  6, TIMESTAMP '2026-01-29 10:00');
INSERT INTO fact_survey_response (response_id, account_id, contact_id, survey_type, survey_kind, score, responded_at) VALUES
    ('R41', 'A2', 'C22', 'nps', 'relational', 4, date_trunc('second', now() AT TIME ZONE 'UTC') - INTERVAL 2 HOUR);

INSERT INTO fact_survey_send (send_id, account_id, survey_type, sent_at, response_id) VALUES
    ('S01', 'A1', 'csat', TIMESTAMP '2026-01-05 10:00', 'R29'),
    ('S02', 'A1', 'nps',  TIMESTAMP '2026-01-09 10:00', 'R01'),
    ('S03', 'A1', 'nps',  TIMESTAMP '2026-02-11 10:00', NULL),
    ('S04', 'A1', 'nps',  TIMESTAMP '2026-02-14 10:00', 'R15'),
    ('S05', 'A1', 'nps',  TIMESTAMP '2026-03-02 10:00', NULL),
    ('S06', 'A2', 'nps',  TIMESTAMP '2026-01-10 10:00', 'R18'),
    ('S07', 'A2', 'nps',  TIMESTAMP '2026-02-09 10:00', NULL),
    ('S08', 'A2', 'nps',  TIMESTAMP '2026-02-21 00:00', NULL),
    ('S09', 'A2', 'nps',  TIMESTAMP '2026-03-01 10:00', NULL),
    ('S10', 'A3', 'nps',  TIMESTAMP '2026-01-05 10:00', 'R22'),
    ('S11', 'A3', 'nps',  TIMESTAMP '2026-02-15 10:00', 'R23'),
    ('S12', 'A3', 'nps',  TIMESTAMP '2026-02-19 10:00', NULL),
    ('S13', 'A3', 'nps',  TIMESTAMP '2026-03-10 10:00', 'R25'),
    ('S14', 'A4', 'nps',  TIMESTAMP '2026-01-15 10:00', 'R26'),
    ('S15', 'A4', 'nps',  TIMESTAMP '2026-02-20 23:59', NULL),
    ('S16', 'A4', 'nps',  TIMESTAMP '2026-03-05 10:00', NULL);

-- Engagement: logins and key-feature use ('feature:export' is not a key feature).
INSERT INTO fact_engagement (account_id, user_id, occurred_at, event) VALUES
    ('A1', 'u1', TIMESTAMP '2026-01-05 09:00', 'login'), ('A1', 'u1', TIMESTAMP '2026-01-06 09:00', 'login'),
    ('A1', 'u1', TIMESTAMP '2026-01-07 09:00', 'login'), ('A1', 'u2', TIMESTAMP '2026-01-08 09:00', 'login'),
    ('A1', 'u1', TIMESTAMP '2026-01-05 09:10', 'feature:dashboards'), ('A1', 'u1', TIMESTAMP '2026-01-05 09:20', 'feature:reports'),
    ('A1', 'u1', TIMESTAMP '2026-02-03 09:00', 'login'), ('A1', 'u1', TIMESTAMP '2026-02-04 09:00', 'login'),
    ('A1', 'u1', TIMESTAMP '2026-02-03 09:10', 'feature:alerts'),
    ('A1', 'u1', TIMESTAMP '2026-03-02 09:00', 'login'), ('A1', 'u3', TIMESTAMP '2026-03-03 09:00', 'login'),
    ('A1', 'u3', TIMESTAMP '2026-03-03 09:10', 'feature:dashboards'),
    ('A2', 'v1', TIMESTAMP '2026-01-12 09:00', 'login'), ('A2', 'v1', TIMESTAMP '2026-01-13 09:00', 'login'),
    ('A2', 'v1', TIMESTAMP '2026-01-12 09:10', 'feature:api'),
    ('A2', 'v1', TIMESTAMP '2026-03-09 09:00', 'login'), ('A2', 'v2', TIMESTAMP '2026-03-10 09:00', 'login'),
    ('A2', 'v2', TIMESTAMP '2026-03-10 09:10', 'feature:export'),
    ('A3', 'w1', TIMESTAMP '2026-01-05 09:00', 'login'), ('A3', 'w1', TIMESTAMP '2026-01-06 09:00', 'login'),
    ('A3', 'w2', TIMESTAMP '2026-01-05 10:00', 'login'), ('A3', 'w2', TIMESTAMP '2026-01-07 10:00', 'login'),
    ('A3', 'w3', TIMESTAMP '2026-01-08 10:00', 'login'),
    ('A3', 'w1', TIMESTAMP '2026-01-05 09:10', 'feature:sso'), ('A3', 'w2', TIMESTAMP '2026-01-05 10:10', 'feature:integrations'),
    ('A3', 'w1', TIMESTAMP '2026-01-06 09:10', 'feature:dashboards'),
    ('A3', 'w1', TIMESTAMP '2026-02-02 09:00', 'login'), ('A3', 'w1', TIMESTAMP '2026-02-03 09:00', 'login'),
    ('A3', 'w1', TIMESTAMP '2026-02-04 09:00', 'login'), ('A3', 'w2', TIMESTAMP '2026-02-05 10:00', 'login'),
    ('A3', 'w2', TIMESTAMP '2026-02-05 10:10', 'feature:dashboards'),
    ('A3', 'w1', TIMESTAMP '2026-03-02 09:00', 'login'), ('A3', 'w1', TIMESTAMP '2026-03-03 09:00', 'login'),
    ('A3', 'w4', TIMESTAMP '2026-03-04 09:00', 'login'), ('A3', 'w4', TIMESTAMP '2026-03-05 09:00', 'login'),
    ('A3', 'w4', TIMESTAMP '2026-03-04 09:10', 'feature:automation'), ('A3', 'w1', TIMESTAMP '2026-03-02 09:10', 'feature:mobile'),
    ('A4', 'x1', TIMESTAMP '2026-02-16 09:00', 'login'),
    ('A4', 'x1', TIMESTAMP '2026-03-02 09:00', 'login'), ('A4', 'x1', TIMESTAMP '2026-03-03 09:00', 'login'),
    ('A4', 'x2', TIMESTAMP '2026-03-31 23:00', 'login'),
    ('A4', 'x2', TIMESTAMP '2026-03-31 23:10', 'feature:reports');

INSERT INTO fact_meeting (meeting_id, account_id, kind, scheduled_at, held, key_stakeholder_attended) VALUES
    ('M01', 'A1', 'QBR',      TIMESTAMP '2026-01-20 10:00', true,  true),
    ('M02', 'A1', 'check-in', TIMESTAMP '2026-02-10 10:00', true,  true),
    ('M03', 'A1', 'EBR',      TIMESTAMP '2026-03-15 10:00', true,  false),
    ('M04', 'A2', 'QBR',      TIMESTAMP '2026-01-22 10:00', false, NULL),
    ('M05', 'A2', 'QBR',      TIMESTAMP '2026-03-20 10:00', true,  true),
    ('M06', 'A3', 'QBR',      TIMESTAMP '2026-01-28 10:00', true,  true),
    ('M07', 'A3', 'EBR',      TIMESTAMP '2026-02-18 10:00', true,  true),
    ('M08', 'A3', 'QBR',      TIMESTAMP '2026-03-30 10:00', NULL,  NULL),
    ('M09', 'A4', 'QBR',      TIMESTAMP '2026-02-25 10:00', true,  true);
INSERT INTO fact_meeting (meeting_id, account_id, kind, scheduled_at) VALUES
    ('M10', 'A4', 'QBR', date_trunc('second', now() AT TIME ZONE 'UTC') + INTERVAL 10 DAY);

-- Detractor cases: steps given as hours after the answer.
INSERT INTO fact_detractor_case (case_id, response_id, owner, opened_at, first_contact_at, root_cause_at, action_plan_at, category)
SELECT id, response, 'CSM', r.responded_at + INTERVAL 5 MINUTE,
       r.responded_at + to_minutes(contact), r.responded_at + to_minutes(cause), r.responded_at + to_minutes(plan_), category
FROM (VALUES
    ('K1', 'R01', 35,   23 * 60, 47 * 60, 'collaboration'),
    ('K2', 'R02', 22 * 60, 72 * 60, 96 * 60, 'technical performance'),
    ('K3', 'R03', 48 * 60, 50 * 60, 71 * 60, 'business outcomes'),
    ('K4', 'R04', 96 * 60, NULL, NULL, 'technical performance'),
    ('K6', 'R06', 30,   19 * 60, 43 * 60, 'collaboration'),
    ('K7', 'R07', 22 * 60, 70 * 60, NULL, 'business outcomes')
) AS k(id, response, contact, cause, plan_, category)
JOIN fact_survey_response AS r ON r.response_id = k.response;

INSERT INTO fact_feature_request (request_id, account_id, contact_id, theme, requested_at) VALUES
    ('F01', 'A1', 'C13', 'SSO', TIMESTAMP '2026-02-20 10:00'),
    ('F02', 'A1', 'C11', 'SSO', TIMESTAMP '2026-01-12 10:00'),
    ('F03', 'A3', 'C33', 'SSO', TIMESTAMP '2026-03-01 10:00'),
    ('F04', 'A2', 'C23', 'Bulk export', TIMESTAMP '2026-01-30 10:00'),
    ('F05', 'A4', NULL,  'Bulk export', TIMESTAMP '2026-03-12 10:00'),
    ('F06', 'A3', 'C34', 'SSO', TIMESTAMP '2026-03-15 10:00'),
    ('F07', 'A2', 'C22', 'SSO', TIMESTAMP '2026-01-05 10:00');
