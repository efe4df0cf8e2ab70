-- The survey program fixture, written by hand (SurveyFixture explains it; the tests beside it compute
-- every survey KPI and the May 2026 plan from it by hand). Four accounts, January to April 2026 of
-- sends and answers, critical tickets solved in April and May.
--
-- Relational cohort slots with the default three-month cycle (SHA-256 of the contact id, pinned in
-- RelationalCohortTests): slot 0 surveys in January/April/July/October, 1 in February/May/…, 2 in March/June/….
--   B1-C1 2, B1-C2 1, B1-C3 1, B1-C4 0 | B2-C1 1, B2-C2 1, B2-C3 1 | B3-C1 1, B3-C2 1, B3-C4 0 | B4-C1 1, B4-C2 2, B4-C3 0, B4-C4 0
--
-- Pre-renewal surveys (60 days before renewal_on): B1 on 2026-05-06, B2 on 2026-06-11.
-- Post-onboarding (day 30): B3 on 2026-05-01. B3 (onboarded 2026-04-01) has no 90 days' tenure before 2026-06-30.

INSERT INTO dim_account (account_id, name, segment, region, tier, csm, onboarded_on, renewal_on) VALUES
    ('B1', 'Birch', 'SMB',        'EMEA', 'Standard', 'Kim', DATE '2025-01-01', DATE '2026-07-05'),
    ('B2', 'Cedar', 'Enterprise', 'AMER', 'Platinum', 'Ng',  DATE '2025-06-01', DATE '2026-08-10'),
    ('B3', 'Dune',  'Mid-Market', 'APAC', 'Premium',  'Lee', DATE '2026-04-01', DATE '2027-04-01'),
    ('B4', 'Elm',   'SMB',        'EMEA', 'Premium',  'Kim', DATE '2025-03-01', DATE '2027-01-15');

INSERT INTO dim_contact (contact_id, account_id, name, role) VALUES
    ('B1-C1', 'B1', 'Ada',   'executive'), ('B1-C2', 'B1', 'Ben',  'champion'), ('B1-C3', 'B1', 'Cy',    'user'),      ('B1-C4', 'B1', 'Dee', 'admin'),
    ('B2-C1', 'B2', 'Eve',   'executive'), ('B2-C2', 'B2', 'Fay',  'admin'),    ('B2-C3', 'B2', 'Gus',   'user'),
    ('B3-C1', 'B3', 'Hal',   'champion'),  ('B3-C2', 'B3', 'Ivy',  'user'),     ('B3-C4', 'B3', 'Jo',    'admin'),
    ('B4-C1', 'B4', 'Kai',   'admin'),     ('B4-C2', 'B4', 'Lu',   'user'),     ('B4-C3', 'B4', 'Mo',    'champion'), ('B4-C4', 'B4', 'Nia', 'executive');

-- Critical (P1) tickets solved in May are due a post-support survey; the others are not.
INSERT INTO fact_ticket (ticket_id, account_id, contact_id, priority, created_at, solved_at, status) VALUES
    ('TK1', 'B4', 'B4-C1', 'P1', TIMESTAMP '2026-05-11 09:00', TIMESTAMP '2026-05-12 10:00', 'solved'),
    ('TK2', 'B4', 'B4-C1', 'P1', TIMESTAMP '2026-05-19 09:00', TIMESTAMP '2026-05-20 10:00', 'closed'),
    ('TK3', 'B4', 'B4-C2', 'P1', TIMESTAMP '2026-05-02 09:00', TIMESTAMP '2026-05-03 10:00', 'solved'),
    ('TK4', 'B4', 'B4-C3', 'P1', TIMESTAMP '2026-04-27 09:00', TIMESTAMP '2026-04-28 10:00', 'solved'),
    ('TK5', 'B4', 'B4-C3', 'P2', TIMESTAMP '2026-05-04 09:00', TIMESTAMP '2026-05-05 10:00', 'solved'),
    ('TK6', 'B2', 'B2-C2', 'P1', TIMESTAMP '2026-05-25 09:00', NULL,                         'open');

-- Sends. P09 names its response (R05); R01, R03 and R06 name their sends; the others are linked by
-- contact, type and the nearest preceding send less than 90 days before the answer.
INSERT INTO fact_survey_send (send_id, account_id, contact_id, survey_type, survey_kind, trigger, sent_at, followed_up_at, response_id) VALUES
    ('P01', 'B1', 'B1-C3', 'nps',  'relational',    'quarterly',    TIMESTAMP '2026-01-05 10:00', NULL,                         NULL),
    ('P02', 'B1', 'B1-C4', 'nps',  'relational',    'quarterly',    TIMESTAMP '2026-01-05 10:00', TIMESTAMP '2026-01-13 10:00', NULL),
    ('P03', 'B1', 'B1-C1', 'nps',  'relational',    'quarterly',    TIMESTAMP '2026-01-20 10:00', NULL,                         NULL),
    ('P04', 'B1', 'B1-C2', 'nps',  'relational',    'quarterly',    TIMESTAMP '2026-02-02 10:00', TIMESTAMP '2026-02-10 10:00', NULL),
    ('P05', 'B2', 'B2-C2', 'nps',  'relational',    'quarterly',    TIMESTAMP '2026-02-10 09:00', TIMESTAMP '2026-02-28 09:00', NULL),
    ('P06', 'B2', 'B2-C3', 'csat', 'transactional', 'post_support', TIMESTAMP '2026-03-20 09:00', NULL,                         NULL),
    ('P07', 'B2', 'B2-C1', 'nps',  'relational',    'quarterly',    TIMESTAMP '2026-01-12 09:00', NULL,                         NULL),
    ('P08', 'B4', 'B4-C4', 'nps',  'relational',    'quarterly',    TIMESTAMP '2026-01-08 09:00', TIMESTAMP '2026-01-15 09:00', NULL),
    ('P09', 'B4', 'B4-C4', 'csat', 'transactional', 'post_support', TIMESTAMP '2026-03-10 09:00', NULL,                         'R05'),
    ('P10', 'B4', 'B4-C2', 'nps',  'relational',    'quarterly',    TIMESTAMP '2026-02-20 09:00', TIMESTAMP '2026-02-25 09:00', NULL),
    ('P11', 'B4', 'B4-C2', 'nps',  'transactional', 'post_support', TIMESTAMP '2026-04-01 09:00', NULL,                         NULL),
    ('P12', 'B4', 'B4-C1', 'nps',  'relational',    'quarterly',    TIMESTAMP '2026-02-11 12:00', NULL,                         NULL);

INSERT INTO fact_survey_response (response_id, account_id, contact_id, survey_type, survey_kind, trigger, score, responded_at, send_id) VALUES
    ('R01', 'B1', 'B1-C3', 'nps',  'relational',    'quarterly',    9,  TIMESTAMP '2026-01-06 10:00', 'P01'),
    ('R02', 'B1', 'B1-C1', 'nps',  'relational',    'quarterly',    7,  TIMESTAMP '2026-01-25 10:00', NULL),
    ('R03', 'B1', 'B1-C2', 'nps',  'relational',    'quarterly',    10, TIMESTAMP '2026-02-12 10:00', 'P04'),
    ('R04', 'B2', 'B2-C3', 'csat', 'transactional', 'post_support', 4,  TIMESTAMP '2026-03-20 15:00', NULL),
    ('R05', 'B4', 'B4-C4', 'csat', 'transactional', 'post_support', 5,  TIMESTAMP '2026-03-11 09:00', NULL),
    ('R06', 'B4', 'B4-C2', 'nps',  'transactional', 'post_support', 3,  TIMESTAMP '2026-04-03 09:00', 'P11'),
    ('R07', 'B4', 'B4-C1', 'nps',  'relational',    'quarterly',    8,  TIMESTAMP '2026-02-11 18:00', NULL),
    ('R08', 'B4', 'B4-C1', 'nps',  'relational',    'quarterly',    9,  TIMESTAMP '2026-02-20 10:00', NULL),
    ('R09', 'B1', 'B1-C4', 'nps',  'relational',    'quarterly',    6,  TIMESTAMP '2026-04-20 10:00', NULL);
