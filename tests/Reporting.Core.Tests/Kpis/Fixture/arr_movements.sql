-- ARR movements over kpi_fixture.sql (ArrFromMovementsTests, ArrFromMovementsPageTests): A1 (ARR attribute
-- 40,000) new 30,000 in 2025, +5,000 on 14 April, +1,000 on 15 April 2026; A3 new 100,000 on 1 May; A2, A4 none.
INSERT INTO fact_revenue_movement (movement_id, account_id, effective_on, kind, arr_change) VALUES
    ('V1', 'A1', '2025-01-01', 'new', 30000), ('V2', 'A1', '2026-04-14', 'expansion', 5000),
    ('V3', 'A1', '2026-04-15', 'expansion', 1000), ('V4', 'A3', '2026-05-01', 'new', 100000);
