-- Counts of facts by kind, country, claimant, rating, modality, verification, year and month (issue 27, factCounts).
-- fact_tally_row holds what each fact counts as: one row for the fact itself (role '', code '') and one per country
-- it is about (fact_country); fact_tally holds their sums per key without the month, and fact_tally_place their sums
-- per kind, country and year only (the commonest questions: how many, where, when), so that most groupings read a
-- table far smaller than the facts. All are kept by triggers from fact and fact_country and name no kind: a fact's
-- rows are taken out of the sums and put back whenever the fact or its countries change, in key order (two writers
-- lock the sums' rows in the same order).
create table fact_tally_row (
    fact_id       bigint   not null,
    role          text     not null,
    code          text     not null,
    status        text     not null,
    kind          text     not null,
    modality      text     not null,
    verification  text     not null,
    claimant_id   bigint,
    review_rating text,
    year          smallint,
    month         smallint check (month between 1 and 12),
    unit          text,
    central       double precision,
    primary key (fact_id, role, code),
    check ((role = '') = (code = '')),
    check (month is null or year is not null)
);
create index fact_tally_row_month_idx on fact_tally_row (status, role, year, month);

create table fact_tally (
    status        text     not null,
    kind          text     not null,
    role          text     not null,
    code          text     not null,
    year          smallint,
    modality      text     not null,
    verification  text     not null,
    claimant_id   bigint,
    review_rating text,
    unit          text,
    n             bigint   not null check (n > 0),
    total         double precision not null,
    figures       bigint   not null check (figures between 0 and n)
);
create unique index fact_tally_key on fact_tally
    (status, role, kind, code, year, modality, verification, claimant_id, review_rating, unit) nulls not distinct;

create table fact_tally_place (
    status  text     not null,
    kind    text     not null,
    role    text     not null,
    code    text     not null,
    year    smallint,
    unit    text,
    n       bigint   not null check (n > 0),
    total   double precision not null,
    figures bigint   not null check (figures between 0 and n)
);
create unique index fact_tally_place_key on fact_tally_place (status, role, kind, code, year, unit) nulls not distinct;

-- What a fact counts as now: its own row and a row per country (month only when its period is known to the month).
create function fact_tally_rows_of(f_id bigint) returns setof fact_tally_row language sql stable as $$
    select f.id, r.role, r.code, f.status, f.kind, f.modality, f.verification, f.claimant_id, f.review_rating,
           cast(extract(year from f.period_start) as smallint),
           case when f.period_precision in ('MONTH', 'DAY') then cast(extract(month from f.period_start) as smallint) end,
           f.qty_unit, coalesce(f.qty_value, (f.qty_low + f.qty_high) / 2, f.qty_low, f.qty_high)
    from fact f
    cross join lateral (select '' as role, '' as code
                        union all select c.role, cast(c.code as text) from fact_country c where c.fact_id = f.id) r
    where f.id = f_id
$$;

-- Takes a fact's rows out of the tally and puts its current ones in (none when the fact is gone).
create function fact_tally_refresh(f_id bigint) returns void language plpgsql as $$
declare
    d record;
begin
    for d in
        select x.status, x.role, x.kind, x.code, x.year, x.modality, x.verification, x.claimant_id, x.review_rating, x.unit,
               sum(x.n) as n, sum(x.total) as total, sum(x.figures) as figures
        from (select t.status, t.role, t.kind, t.code, t.year, t.modality, t.verification, t.claimant_id, t.review_rating, t.unit,
                     -1 as n, -coalesce(t.central, 0) as total, case when t.central is null then 0 else -1 end as figures
              from fact_tally_row t where t.fact_id = f_id
              union all
              select t.status, t.role, t.kind, t.code, t.year, t.modality, t.verification, t.claimant_id, t.review_rating, t.unit,
                     1, coalesce(t.central, 0), case when t.central is null then 0 else 1 end
              from fact_tally_rows_of(f_id) t) x
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        having sum(x.n) <> 0 or sum(x.total) <> 0 or sum(x.figures) <> 0
        order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    loop
        if d.n > 0 then
            insert into fact_tally as t values (d.status, d.kind, d.role, d.code, d.year, d.modality, d.verification,
                                                d.claimant_id, d.review_rating, d.unit, d.n, d.total, d.figures)
            on conflict (status, role, kind, code, year, modality, verification, claimant_id, review_rating, unit)
            do update set n = t.n + excluded.n, total = t.total + excluded.total, figures = t.figures + excluded.figures;
        else
            update fact_tally t set n = t.n + d.n, total = t.total + d.total, figures = t.figures + d.figures
            where (t.status, t.role, t.kind, t.code, t.modality, t.verification) = (d.status, d.role, d.kind, d.code, d.modality, d.verification)
              and t.year is not distinct from d.year and t.claimant_id is not distinct from d.claimant_id
              and t.review_rating is not distinct from d.review_rating and t.unit is not distinct from d.unit
              and t.n + d.n > 0;
            if not found then
                delete from fact_tally t
                where (t.status, t.role, t.kind, t.code, t.modality, t.verification) = (d.status, d.role, d.kind, d.code, d.modality, d.verification)
                  and t.year is not distinct from d.year and t.claimant_id is not distinct from d.claimant_id
                  and t.review_rating is not distinct from d.review_rating and t.unit is not distinct from d.unit;
            end if;
        end if;
    end loop;
    for d in
        select x.status, x.role, x.kind, x.code, x.year, x.unit, sum(x.n) as n, sum(x.total) as total, sum(x.figures) as figures
        from (select t.status, t.role, t.kind, t.code, t.year, t.unit,
                     -1 as n, -coalesce(t.central, 0) as total, case when t.central is null then 0 else -1 end as figures
              from fact_tally_row t where t.fact_id = f_id
              union all
              select t.status, t.role, t.kind, t.code, t.year, t.unit,
                     1, coalesce(t.central, 0), case when t.central is null then 0 else 1 end
              from fact_tally_rows_of(f_id) t) x
        group by 1, 2, 3, 4, 5, 6
        having sum(x.n) <> 0 or sum(x.total) <> 0 or sum(x.figures) <> 0
        order by 1, 2, 3, 4, 5, 6
    loop
        if d.n > 0 then
            insert into fact_tally_place as t values (d.status, d.kind, d.role, d.code, d.year, d.unit, d.n, d.total, d.figures)
            on conflict (status, role, kind, code, year, unit)
            do update set n = t.n + excluded.n, total = t.total + excluded.total, figures = t.figures + excluded.figures;
        else
            update fact_tally_place t set n = t.n + d.n, total = t.total + d.total, figures = t.figures + d.figures
            where (t.status, t.role, t.kind, t.code) = (d.status, d.role, d.kind, d.code)
              and t.year is not distinct from d.year and t.unit is not distinct from d.unit and t.n + d.n > 0;
            if not found then
                delete from fact_tally_place t
                where (t.status, t.role, t.kind, t.code) = (d.status, d.role, d.kind, d.code)
                  and t.year is not distinct from d.year and t.unit is not distinct from d.unit;
            end if;
        end if;
    end loop;
    delete from fact_tally_row where fact_id = f_id;
    insert into fact_tally_row select * from fact_tally_rows_of(f_id);
end
$$;

create function fact_tally_fact() returns trigger language plpgsql as $$
begin
    perform fact_tally_refresh(case when tg_op = 'DELETE' then old.id else new.id end);
    return null;
end
$$;
-- named after the kinds' fact_countries_* triggers, so that a fact's countries are in place when it is counted
create trigger fact_tally after insert or update or delete on fact for each row execute function fact_tally_fact();

create function fact_tally_country() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform fact_tally_refresh(old.fact_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.fact_id <> old.fact_id) then
        perform fact_tally_refresh(new.fact_id);
    end if;
    return null;
end
$$;
create trigger fact_tally_country after insert or update or delete on fact_country for each row execute function fact_tally_country();

-- Fills both tables from the facts as they are (this migration; a bulk load that ran without triggers).
create function fact_tally_rebuild() returns void language sql as $$
    delete from fact_tally_place;
    delete from fact_tally;
    delete from fact_tally_row;
    insert into fact_tally_row select r.* from fact f cross join lateral fact_tally_rows_of(f.id) r;
    insert into fact_tally
        select status, kind, role, code, year, modality, verification, claimant_id, review_rating, unit,
               count(*), coalesce(sum(central), 0), count(central)
        from fact_tally_row group by status, kind, role, code, year, modality, verification, claimant_id, review_rating, unit;
    insert into fact_tally_place
        select status, kind, role, code, year, unit, count(*), coalesce(sum(central), 0), count(central)
        from fact_tally_row group by status, kind, role, code, year, unit;
$$;
select fact_tally_rebuild();
