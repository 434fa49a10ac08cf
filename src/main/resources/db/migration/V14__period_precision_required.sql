-- A period or baseline that has a start also has its precision: without it a fact cannot be read (its dates cannot
-- be printed or compared), so the database refuses such a row even if code were to write one.
alter table fact add constraint fact_period_precision check (period_start is null or period_precision is not null);
alter table fact add constraint fact_baseline_precision check (baseline_start is null or baseline_precision is not null);
