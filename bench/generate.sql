-- Deterministic benchmark data, written into the service's own tables (after its migrations ran):
--   psql -v facts=100000 -f bench/generate.sql
-- Every value derives from the row number, so two runs with the same size give the same database. Proportions:
-- 70% deployments / 30% statistics; 90% published, 5% retracted, 5% drafts; 1-3 citations per fact (a third
-- of them "as reported by" another source); a place for every fourth deployment; 2% of the facts corrected
-- (an approved correction, a public note, version 2); 400 sources; 3 places per country.
\set ON_ERROR_STOP on
begin;
-- no triggers (change feed, notifications) and no foreign-key checks while loading: the data is consistent by construction
set local session_replication_role = replica;
select coalesce(max(id), 0) as base from fact \gset
create temporary table bench_country as
    select row_number() over (order by code) - 1 as n, code, name_en from country;
select count(*) as countries from bench_country \gset

insert into source (name, kind, country_code, url, created_at, updated_at, created_by, updated_by)
select 'Bench source ' || s,
       (array['NEWS_OUTLET','NEWS_AGENCY','GOVERNMENT','MINISTRY','INTELLIGENCE_AGENCY','RESEARCH','NGO'])[1 + s % 7],
       (select code from bench_country where n = s % :countries), 'https://example.org/source/' || s,
       timestamptz '2024-01-01', timestamptz '2024-01-01', 'bench', 'bench'
from generate_series(1, 400) s
on conflict do nothing;
create temporary table bench_source as
    select row_number() over (order by id) - 1 as n, id, name from source where name like 'Bench source %';

insert into place (country_code, name, kind, created_by)
select c.code, 'Bench ' || (array['North','Port','Upper'])[k] || ' ' || c.code, 'CITY', 'bench'
from bench_country c, generate_series(1, 3) k
on conflict do nothing;

-- the facts: i is the row number
insert into fact (id, kind, status, verification, version, created_at, updated_at, created_by, updated_by,
                  published_at, search_text, notes, qty_value, qty_approximation, qty_unit,
                  period_start, period_end, period_precision,
                  origin_code, destination_code, personnel, country_code, indicator, measure)
select :base + i,
       case when i % 10 < 7 then 'DEPLOYMENT' else 'STATISTIC' end,
       case when i % 20 = 3 then 'DRAFT' when i % 20 = 7 then 'RETRACTED' else 'PUBLISHED' end,
       (array['UNVERIFIED','REPORTED','CORROBORATED','CONFIRMED','DISPUTED'])[1 + i % 5],
       1,
       timestamptz '2024-01-01' + i * interval '1 second', timestamptz '2024-01-01' + i * interval '1 second',
       'bench', 'bench',
       case when i % 20 <> 3 then timestamptz '2024-01-01' + i * interval '1 second' end,
       lower(case when i % 10 < 7
                  then o.name_en || ' | ' || d.name_en || ' | ' || (array['workers','troops','military advisers','students'])[1 + i % 4]
                  else s.name_en || ' | ' || (array['labour shortfall','unemployment rate','remittances','population'])[1 + i % 4] end),
       null,
       100 + (i * 37) % 20000, 'ABOUT',
       case when i % 10 < 7 then (array['workers','troops','military advisers','students'])[1 + i % 4] else 'people' end,
       date_trunc('month', date '2015-01-01' + (i * 11) % 3650)::date,
       (date_trunc('month', date '2015-01-01' + (i * 11) % 3650) + interval '1 month' - interval '1 day')::date,
       'MONTH',
       case when i % 10 < 7 then o.code end,
       case when i % 10 < 7 then d.code end,
       case when i % 10 < 7 then (array['WORKERS','TROOPS','MILITARY_ADVISERS','STUDENTS'])[1 + i % 4] end,
       case when i % 10 >= 7 then s.code end,
       case when i % 10 >= 7 then (array['labour shortfall','unemployment rate','remittances','population'])[1 + i % 4] end,
       case when i % 10 >= 7 then (array['OFFICIAL','ESTIMATE','PROJECTION','SURVEY'])[1 + i % 4] end
from generate_series(1, :facts) i
join bench_country o on o.n = (i * 7) % :countries
join bench_country d on d.n = (i * 7 + 1 + (i * 13) % (:countries - 1)) % :countries
join bench_country s on s.n = (i * 5) % :countries;
select setval('fact_id_seq', greatest((select max(id) from fact), 1));

insert into citation (fact_id, source_id, via_source_id, title, url, published_on, created_at, created_by)
select :base + i, s.id, case when (i + k) % 3 = 0 then v.id end, 'Bench report ' || i || '.' || k,
       'https://example.org/report/' || i || '/' || k, date '2024-01-01' + (i % 700),
       timestamptz '2024-01-01' + i * interval '1 second', 'bench'
from generate_series(1, :facts) i
cross join lateral generate_series(0, i % 3) k
join bench_source s on s.n = (i * 3 + k) % 400
join bench_source v on v.n = (i * 3 + k + 1) % 400;

insert into deployment_place (fact_id, place_id, position)
select f.id, p.id, 0
from fact f
join lateral (select id from place where country_code = f.destination_code order by id limit 1) p on true
where f.kind = 'DEPLOYMENT' and f.id > :base and (f.id - :base) % 4 = 0;

-- 2% corrected: an approved correction, its public note, version 2
insert into correction (fact_id, status, reason, public_note, fact_version, submitted_by, submitted_at,
                        reviewed_by, reviewed_at, review_note)
select :base + i, 'APPROVED', 'The figure was updated by the source.', 'An earlier version gave a different figure.',
       1, 'bench-editor', timestamptz '2025-01-01' + i * interval '1 second', 'bench-chief',
       timestamptz '2025-01-02' + i * interval '1 second', null
from generate_series(1, :facts) i where i % 50 = 11;
insert into correction_note (fact_id, corrected_at, text)
select :base + i, timestamptz '2025-01-02' + i * interval '1 second', 'An earlier version gave a different figure.'
from generate_series(1, :facts) i where i % 50 = 11;
update fact set version = 2 where id > :base and (id - :base) % 50 = 11;
-- what the triggers would have kept: the generated facts' countries (the generator writes deployments and
-- statistics only) and the counts of factCounts
insert into fact_country (fact_id, code, role)
select id, origin_code, 'ORIGIN' from fact where id > :base and kind = 'DEPLOYMENT'
union all select id, destination_code, 'DESTINATION' from fact where id > :base and kind = 'DEPLOYMENT'
union all select id, country_code, 'SUBJECT' from fact where id > :base and kind = 'STATISTIC';
select fact_tally_rebuild();
commit;
-- as autovacuum leaves a table after a bulk load: statistics, and the visibility map that lets index-only scans skip the rows
vacuum analyze;
