-- Six accounts telling the playbook's stories, judged as of 2026-04-01 (ScenarioTests). With the
-- shipped reports/playbook.yaml the periods are: current P0 = 2026-01..2026-03, P-1 = 2025-10..2025-12,
-- P-2 = 2025-07..2025-09; for passive drift (half-years) 2025-10..2026-03, 2025-04..2025-09, 2024-10..2025-03.
--   HND  Relay Ltd     death by handoffs: reopens and handoffs up, NPS sliding, comments about chasing and handoffs
--   SIL  Quiet Corp    silent disengage: QBR missed, fewer logins, fewer features, no complaints
--   PAS  Drift Inc     passive drift: the passive share grows two half-years running, NPS flat
--   GOOD Good Co       healthy: steady engagement, quick support, promoters
--   RCV  Rebound AG    recovering: NPS collapsed in May–August 2025, back since September
--   ESC  Edge GmbH     escalation: SLA near-misses and an aging P1, an executive citing an outage, a discount threat
-- Nothing is dated relative to now; the open P1 ticket of ESC is aged as of any moment after 2026-03-26.

INSERT INTO dim_account (account_id, name, segment, region, tier, arr, clv, seats, csm, onboarded_on, renewal_on) VALUES
    ('HND',  'Relay Ltd',  'Mid-Market', 'EMEA', 'Premium',  120000, 400000, 5, 'Kim', DATE '2024-01-01', DATE '2026-06-30'),
    ('SIL',  'Quiet Corp', 'Enterprise', 'AMER', 'Platinum', 300000, 900000, 4, 'Lee', DATE '2024-01-01', DATE '2026-09-01'),
    ('PAS',  'Drift Inc',  'SMB',        'APAC', 'Standard', 30000,  90000,  5, 'Ng',  DATE '2024-01-01', DATE '2027-01-15'),
    ('GOOD', 'Good Co',    'SMB',        'EMEA', 'Standard', 25000,  80000,  3, 'Kim', DATE '2024-01-01', DATE '2026-05-01'),
    ('RCV',  'Rebound AG', 'Mid-Market', 'EMEA', 'Premium',  90000,  300000, 2, 'Lee', DATE '2024-01-01', DATE '2026-08-01'),
    ('ESC',  'Edge GmbH',  'Enterprise', 'EMEA', 'Platinum', 250000, 800000, 5, 'Ng',  DATE '2024-01-01', DATE '2026-12-01');

INSERT INTO dim_contact (contact_id, account_id, role) VALUES
    ('HND-E', 'HND', 'executive'), ('HND-C', 'HND', 'champion'), ('HND-U', 'HND', 'user'),
    ('SIL-E', 'SIL', 'executive'), ('SIL-C', 'SIL', 'champion'),
    ('PAS-E', 'PAS', 'executive'), ('PAS-C', 'PAS', 'champion'), ('PAS-U', 'PAS', 'user'),
    ('GOOD-E', 'GOOD', 'executive'), ('GOOD-C', 'GOOD', 'champion'), ('GOOD-U', 'GOOD', 'user'),
    ('RCV-E', 'RCV', 'executive'), ('RCV-C', 'RCV', 'champion'), ('RCV-U', 'RCV', 'user'),
    ('ESC-E', 'ESC', 'executive'), ('ESC-C', 'ESC', 'champion');

-- Tickets: first response and solve given as minutes / hours after creation; all in one group.
INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at, first_response_at, solved_at, status, reopens, assignee_stations, group_stations)
SELECT id, account, priority, created, created + to_minutes(frt), created + to_hours(ttr), status, reopens, assignees, 1
FROM (VALUES
    -- HND: one pair of hands and no reopens in October–December; then 2 of 5 reopened and 12 handoffs.
    ('H01', 'HND', 'P3', TIMESTAMP '2025-10-06 09:00', 30, 24,   'solved', 0, 1),
    ('H02', 'HND', 'P3', TIMESTAMP '2025-11-03 09:00', 30, 24,   'solved', 0, 1),
    ('H03', 'HND', 'P3', TIMESTAMP '2025-12-01 09:00', 30, 24,   'solved', 0, 1),
    ('H04', 'HND', 'P3', TIMESTAMP '2025-12-15 09:00', 30, 24,   'solved', 0, 1),
    ('H05', 'HND', 'P3', TIMESTAMP '2026-01-12 09:00', 30, 48,   'solved', 1, 4),
    ('H06', 'HND', 'P3', TIMESTAMP '2026-02-02 09:00', 30, 48,   'solved', 0, 3),
    ('H07', 'HND', 'P3', TIMESTAMP '2026-02-16 09:00', 30, 48,   'solved', 1, 5),
    ('H08', 'HND', 'P3', TIMESTAMP '2026-03-02 09:00', 30, 48,   'solved', 0, 2),
    ('H09', 'HND', 'P3', TIMESTAMP '2026-03-16 09:00', 30, 48,   'solved', 0, 3),
    -- GOOD: three quick P3 tickets a quarter.
    ('G01', 'GOOD', 'P3', TIMESTAMP '2025-10-08 09:00', 30, 8,   'solved', 0, 1),
    ('G02', 'GOOD', 'P3', TIMESTAMP '2025-11-12 09:00', 30, 8,   'solved', 0, 1),
    ('G03', 'GOOD', 'P3', TIMESTAMP '2025-12-10 09:00', 30, 8,   'solved', 0, 1),
    ('G04', 'GOOD', 'P3', TIMESTAMP '2026-01-14 09:00', 30, 8,   'solved', 0, 1),
    ('G05', 'GOOD', 'P3', TIMESTAMP '2026-02-11 09:00', 30, 8,   'solved', 0, 1),
    ('G06', 'GOOD', 'P3', TIMESTAMP '2026-03-11 09:00', 30, 8,   'solved', 0, 1),
    -- ESC: P1s answered in 10 minutes, then two at 50 minutes (83 % of the 60-minute target: near misses)
    -- and one still open since 25 March (older than twice the 8-hour resolution target).
    ('E01', 'ESC', 'P1', TIMESTAMP '2025-10-15 09:00', 10, 4,    'solved', 0, 1),
    ('E02', 'ESC', 'P1', TIMESTAMP '2025-11-19 09:00', 10, 4,    'solved', 0, 1),
    ('E03', 'ESC', 'P1', TIMESTAMP '2025-12-17 09:00', 10, 4,    'solved', 0, 1),
    ('E04', 'ESC', 'P1', TIMESTAMP '2026-01-14 09:00', 50, 4,    'solved', 0, 1),
    ('E05', 'ESC', 'P1', TIMESTAMP '2026-02-11 09:00', 50, 4,    'solved', 0, 1),
    ('E06', 'ESC', 'P1', TIMESTAMP '2026-03-04 09:00', 10, 4,    'solved', 0, 1),
    ('E07', 'ESC', 'P1', TIMESTAMP '2026-03-25 09:00', 10, NULL, 'open',   0, 1)
) AS t(id, account, priority, created, frt, ttr, status, reopens, assignees);

-- Survey answers.
INSERT INTO fact_survey_response (response_id, account_id, contact_id, survey_type, survey_kind, score, comment, responded_at) VALUES
    -- HND: NPS 66.7 (10 10 8), then 33.3 (10 8 8), then -66.7 (8 5 3) with comments about handoffs and chasing.
    ('HN1', 'HND', 'HND-E', 'nps', 'relational', 10, NULL, TIMESTAMP '2025-07-10 10:00'),
    ('HN2', 'HND', 'HND-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2025-07-11 10:00'),
    ('HN3', 'HND', 'HND-U', 'nps', 'relational', 8,  NULL, TIMESTAMP '2025-07-12 10:00'),
    ('HN4', 'HND', 'HND-E', 'nps', 'relational', 10, NULL, TIMESTAMP '2025-10-10 10:00'),
    ('HN5', 'HND', 'HND-C', 'nps', 'relational', 8,  NULL, TIMESTAMP '2025-10-11 10:00'),
    ('HN6', 'HND', 'HND-U', 'nps', 'relational', 8,  NULL, TIMESTAMP '2025-10-12 10:00'),
    ('HN7', 'HND', 'HND-E', 'nps', 'relational', 8,  NULL, TIMESTAMP '2026-01-10 10:00'),
    ('HN8', 'HND', 'HND-C', 'nps', 'relational', 5,  'I had to explain my issue to 5 different people.', TIMESTAMP '2026-01-11 10:00'),
    ('HN9', 'HND', 'HND-U', 'nps', 'relational', 3,  'I had to chase your team 3 times for an update.', TIMESTAMP '2026-01-12 10:00'),
    -- PAS: half-years of 4, 5 and 6 answers: passives 1, 2, 3 (25 %, 40 %, 50 %), NPS 25, 20, 16.7.
    ('PN1', 'PAS', 'PAS-E', 'nps', 'relational', 10, NULL, TIMESTAMP '2024-11-10 10:00'),
    ('PN2', 'PAS', 'PAS-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2025-01-10 10:00'),
    ('PN3', 'PAS', 'PAS-U', 'nps', 'relational', 7,  NULL, TIMESTAMP '2025-02-10 10:00'),
    ('PN4', 'PAS', 'PAS-E', 'nps', 'relational', 3,  NULL, TIMESTAMP '2025-03-10 10:00'),
    ('PN5', 'PAS', 'PAS-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2025-04-10 10:00'),
    ('PN6', 'PAS', 'PAS-U', 'nps', 'relational', 9,  NULL, TIMESTAMP '2025-04-11 10:00'),
    ('PN7', 'PAS', 'PAS-E', 'nps', 'relational', 8,  NULL, TIMESTAMP '2025-05-10 10:00'),
    ('PN8', 'PAS', 'PAS-C', 'nps', 'relational', 7,  NULL, TIMESTAMP '2025-05-11 10:00'),
    ('PN9', 'PAS', 'PAS-U', 'nps', 'relational', 4,  NULL, TIMESTAMP '2025-06-10 10:00'),
    ('PNA', 'PAS', 'PAS-E', 'nps', 'relational', 10, NULL, TIMESTAMP '2025-10-10 10:00'),
    ('PNB', 'PAS', 'PAS-C', 'nps', 'relational', 8,  NULL, TIMESTAMP '2025-10-11 10:00'),
    ('PNC', 'PAS', 'PAS-U', 'nps', 'relational', 7,  NULL, TIMESTAMP '2025-11-10 10:00'),
    ('PND', 'PAS', 'PAS-E', 'nps', 'relational', 2,  NULL, TIMESTAMP '2025-12-10 10:00'),
    ('PNE', 'PAS', 'PAS-C', 'nps', 'relational', 9,  NULL, TIMESTAMP '2026-01-10 10:00'),
    ('PNF', 'PAS', 'PAS-U', 'nps', 'relational', 8,  NULL, TIMESTAMP '2026-02-10 10:00'),
    -- GOOD: promoters and a praise, CSAT 5 5 4.
    ('GN1', 'GOOD', 'GOOD-E', 'nps', 'relational', 10, 'Great product and a very helpful team.', TIMESTAMP '2026-01-10 10:00'),
    ('GN2', 'GOOD', 'GOOD-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2026-01-11 10:00'),
    ('GN3', 'GOOD', 'GOOD-U', 'nps', 'relational', 9,  NULL, TIMESTAMP '2026-01-12 10:00'),
    ('GN4', 'GOOD', 'GOOD-U', 'nps', 'relational', 8,  NULL, TIMESTAMP '2026-02-12 10:00'),
    ('GC1', 'GOOD', 'GOOD-C', 'csat', 'transactional', 5, NULL, TIMESTAMP '2026-01-14 12:00'),
    ('GC2', 'GOOD', 'GOOD-U', 'csat', 'transactional', 5, NULL, TIMESTAMP '2026-02-11 12:00'),
    ('GC3', 'GOOD', 'GOOD-C', 'csat', 'transactional', 4, NULL, TIMESTAMP '2026-03-11 12:00'),
    -- RCV: a promoter a month, except three detractors a month in May and June 2025.
    ('RN01', 'RCV', 'RCV-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2025-03-10 10:00'),
    ('RN02', 'RCV', 'RCV-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2025-04-10 10:00'),
    ('RN03', 'RCV', 'RCV-E', 'nps', 'relational', 0,  NULL, TIMESTAMP '2025-05-10 10:00'),
    ('RN04', 'RCV', 'RCV-C', 'nps', 'relational', 0,  NULL, TIMESTAMP '2025-05-11 10:00'),
    ('RN05', 'RCV', 'RCV-U', 'nps', 'relational', 0,  NULL, TIMESTAMP '2025-05-12 10:00'),
    ('RN06', 'RCV', 'RCV-E', 'nps', 'relational', 0,  NULL, TIMESTAMP '2025-06-10 10:00'),
    ('RN07', 'RCV', 'RCV-C', 'nps', 'relational', 0,  NULL, TIMESTAMP '2025-06-11 10:00'),
    ('RN08', 'RCV', 'RCV-U', 'nps', 'relational', 0,  NULL, TIMESTAMP '2025-06-12 10:00'),
    ('RN09', 'RCV', 'RCV-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2025-07-10 10:00'),
    ('RN10', 'RCV', 'RCV-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2025-08-10 10:00'),
    ('RN11', 'RCV', 'RCV-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2025-09-10 10:00'),
    ('RN12', 'RCV', 'RCV-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2025-10-10 10:00'),
    ('RN13', 'RCV', 'RCV-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2025-11-10 10:00'),
    ('RN14', 'RCV', 'RCV-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2025-12-10 10:00'),
    ('RN15', 'RCV', 'RCV-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2026-01-10 10:00'),
    ('RN16', 'RCV', 'RCV-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2026-02-10 10:00'),
    ('RN17', 'RCV', 'RCV-C', 'nps', 'relational', 10, NULL, TIMESTAMP '2026-03-10 10:00'),
    -- ESC: the executive cites an outage, the champion threatens the renewal.
    ('EN1', 'ESC', 'ESC-E', 'nps', 'relational', 6, 'The outage last week stopped our whole team.', TIMESTAMP '2026-02-03 10:00'),
    ('EN2', 'ESC', 'ESC-C', 'nps', 'relational', 5, 'Unless we get a discount we will not renew.', TIMESTAMP '2026-02-04 10:00');

-- Engagement, October 2025 to March 2026 (so every account is licensed in those months).
-- GOOD and RCV: one user, five logins a month, dashboards and reports every month.
INSERT INTO fact_engagement (account_id, user_id, occurred_at, event)
SELECT account, 'u1', month + to_days(day) + INTERVAL 9 HOUR, 'login'
FROM (VALUES ('GOOD'), ('RCV')) AS a(account),
     (SELECT unnest(generate_series(TIMESTAMP '2025-10-01', TIMESTAMP '2026-03-01', INTERVAL 1 MONTH)) AS month),
     (SELECT unnest([1, 2, 3, 4, 5]) AS day);
INSERT INTO fact_engagement (account_id, user_id, occurred_at, event)
SELECT account, 'u1', month + INTERVAL 1 DAY + INTERVAL 10 HOUR + to_minutes(i), 'feature:' || feature
FROM (VALUES ('GOOD'), ('RCV')) AS a(account),
     (SELECT unnest(generate_series(TIMESTAMP '2025-10-01', TIMESTAMP '2026-03-01', INTERVAL 1 MONTH)) AS month),
     (VALUES (1, 'dashboards'), (2, 'reports')) AS f(i, feature);
-- SIL: two users, six logins a month each, in October–December, three key features; then one user,
-- two logins a month, dashboards only.
INSERT INTO fact_engagement (account_id, user_id, occurred_at, event)
SELECT 'SIL', user_id, month + to_days(day) + INTERVAL 9 HOUR, 'login'
FROM (VALUES ('s1'), ('s2')) AS u(user_id),
     (SELECT unnest(generate_series(TIMESTAMP '2025-10-01', TIMESTAMP '2025-12-01', INTERVAL 1 MONTH)) AS month),
     (SELECT unnest([1, 2, 3, 4, 5, 6]) AS day);
INSERT INTO fact_engagement (account_id, user_id, occurred_at, event) VALUES
    ('SIL', 's1', TIMESTAMP '2025-10-02 10:00', 'feature:dashboards'),
    ('SIL', 's1', TIMESTAMP '2025-10-02 10:05', 'feature:reports'),
    ('SIL', 's2', TIMESTAMP '2025-11-03 10:00', 'feature:alerts'),
    ('SIL', 's1', TIMESTAMP '2026-01-05 09:00', 'login'), ('SIL', 's1', TIMESTAMP '2026-01-20 09:00', 'login'),
    ('SIL', 's1', TIMESTAMP '2026-02-05 09:00', 'login'), ('SIL', 's1', TIMESTAMP '2026-02-20 09:00', 'login'),
    ('SIL', 's1', TIMESTAMP '2026-03-05 09:00', 'login'), ('SIL', 's1', TIMESTAMP '2026-03-20 09:00', 'login'),
    ('SIL', 's1', TIMESTAMP '2026-01-05 09:10', 'feature:dashboards');

INSERT INTO fact_meeting (meeting_id, account_id, kind, scheduled_at, held, key_stakeholder_attended) VALUES
    ('MG1', 'GOOD', 'QBR', TIMESTAMP '2026-02-10 10:00', true,  true),
    ('MS1', 'SIL',  'QBR', TIMESTAMP '2025-11-10 10:00', true,  true),
    ('MS2', 'SIL',  'QBR', TIMESTAMP '2026-02-10 10:00', false, NULL);
