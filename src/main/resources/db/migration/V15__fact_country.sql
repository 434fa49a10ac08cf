-- The countries a fact is about, in one place (issue 26). Each kind keeps its rows here from where it stores its
-- countries (a deployment's origin and destination and a statistic's country are columns of fact; a claim's and an
-- event's countries are rows of claim_country and event_country), by triggers of its own; the functions every kind
-- shares — cache tags, the live feed's countries, the corrections desk's countries — read this table and name no
-- kind. A new kind adds its own trigger in its own migration.
create table fact_country (
    fact_id bigint  not null references fact (id) on delete cascade,
    code    char(2) not null references country (code),
    role    text    not null check (role ~ '^[A-Z][A-Z_]{0,39}$'),
    primary key (fact_id, role, code)
);
create index fact_country_code_idx on fact_country (code, fact_id);

-- Makes a fact's countries of one role the given ones (nulls ignored), changing only what differs, so that the
-- cache tags below are sent for the countries that came or went.
create function fact_country_set(fact_row bigint, country_role text, codes text[]) returns void language sql as $$
    delete from fact_country c
        where c.fact_id = fact_row and c.role = country_role and not (cast(c.code as text) = any (coalesce(codes, '{}')));
    insert into fact_country (fact_id, code, role)
        select fact_row, x, country_role from unnest(codes) x where x is not null
        on conflict do nothing;
$$;

-- A table of (fact_id, country_code) rows kept as the fact's countries of the role its trigger names.
create function fact_country_rows() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        delete from fact_country where fact_id = old.fact_id and role = tg_argv[0] and code = old.country_code;
    end if;
    if tg_op <> 'DELETE' then
        insert into fact_country (fact_id, code, role) values (new.fact_id, new.country_code, tg_argv[0]) on conflict do nothing;
    end if;
    return null;
end
$$;

-- The kinds' own triggers. Triggers of one event fire in the order of their names: fact_countries_* fire before
-- fact_event, so the live feed announces a fact with the countries it has after the change.
create function deployment_countries() returns trigger language plpgsql as $$
begin
    perform fact_country_set(new.id, 'ORIGIN', array[new.origin_code]::text[]);
    perform fact_country_set(new.id, 'DESTINATION', array[new.destination_code]::text[]);
    return null;
end
$$;
create trigger fact_countries_deployment after insert or update of origin_code, destination_code on fact
    for each row when (new.kind = 'DEPLOYMENT') execute function deployment_countries();
create function statistic_countries() returns trigger language plpgsql as $$
begin
    perform fact_country_set(new.id, 'SUBJECT', array[new.country_code]::text[]);
    return null;
end
$$;
create trigger fact_countries_statistic after insert or update of country_code on fact
    for each row when (new.kind = 'STATISTIC') execute function statistic_countries();
create trigger claim_country_fact_country after insert or update or delete on claim_country
    for each row execute function fact_country_rows('SUBJECT');
create trigger event_country_fact_country after insert or update or delete on event_country
    for each row execute function fact_country_rows('SUBJECT');

insert into fact_country (fact_id, code, role)
    select id, origin_code, 'ORIGIN' from fact where kind = 'DEPLOYMENT'
    union all select id, destination_code, 'DESTINATION' from fact where kind = 'DEPLOYMENT'
    union all select id, country_code, 'SUBJECT' from fact where kind = 'STATISTIC'
    union all select fact_id, country_code, 'SUBJECT' from claim_country
    union all select fact_id, country_code, 'SUBJECT' from event_country
    on conflict do nothing;

-- The shared functions, from the one table.
create or replace function fact_country_codes(f fact) returns text[] language sql stable as $$
    select coalesce(array_agg(distinct cast(c.code as text)), '{}') from fact_country c where c.fact_id = f.id
$$;

create or replace function cache_tags(f fact) returns text language sql stable as $$
    select 'f:' || f.id || ' list:facts list:' || f.kind
        || coalesce((select string_agg(distinct ' list:' || f.kind || ':' || c.code, '') from fact_country c where c.fact_id = f.id), '')
$$;

-- A country that comes or goes: the fact and that country's lists, when readers see the fact.
create function notify_fact_country_tags() returns trigger language plpgsql as $$
declare
    r record;
    k text;
begin
    r := case when tg_op = 'DELETE' then old else new end;
    select kind into k from fact where id = r.fact_id and status <> 'DRAFT';
    if k is not null then
        perform pg_notify('newsroom_content', 'f:' || r.fact_id || ' list:facts list:' || k || ':' || r.code);
    end if;
    return null;
end
$$;
create trigger fact_country_cache_tags after insert or update or delete on fact_country
    for each row execute function notify_fact_country_tags();
drop trigger claim_country_cache_tags on claim_country;
drop trigger event_country_cache_tags on event_country;
drop function notify_country_part_tags();

create or replace function notify_fact_event() returns trigger language plpgsql as $$
declare
    event text;
begin
    if new.status = 'PUBLISHED' and (tg_op = 'INSERT' or old.status <> 'PUBLISHED') then
        event := 'PUBLISHED';
    elsif new.status = 'RETRACTED' and (tg_op = 'INSERT' or old.status <> 'RETRACTED') then
        event := 'RETRACTED';
    elsif tg_op = 'UPDATE' and new.status = 'PUBLISHED' and new.version <> old.version then
        event := 'CORRECTED';
    else
        return null;
    end if;
    perform pg_notify('newsroom_fact', json_build_object(
        'id', new.id, 'event', event, 'version', new.version, 'countries', to_json(fact_country_codes(new)))::text);
    return null;
end
$$;
