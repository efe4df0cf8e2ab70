-- Revenue outcomes (DATA.md "ARR movements", KPIS.md "Revenue outcomes"): one row per change of an
-- account's ARR. An account's ARR on a date is the sum of its changes effective on or before it.
-- The load (kind revenue) checks signs and the running ARR; the cube revenue and the revenue KPIs
-- read this table.
CREATE TABLE fact_revenue_movement (
    movement_id   VARCHAR PRIMARY KEY,
    account_id    VARCHAR NOT NULL,
    effective_on  DATE NOT NULL,
    kind          VARCHAR NOT NULL CHECK (kind IN ('new', 'expansion', 'contraction', 'churn', 'reactivation', 'renewal')),
    arr_change    DECIMAL(14, 2) NOT NULL,
    note          VARCHAR
);
