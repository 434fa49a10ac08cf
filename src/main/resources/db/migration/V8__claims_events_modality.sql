-- Claims (with the newsroom's review), events, and how a source puts a fact (modality, as-of dates).
-- Claims and events are two more kinds in the fact table: one id space, one workflow, one history.

-- How the source puts it, on every fact; existing facts were entered as plain statements.
alter table fact add column modality text not null default 'STATED'
    check (modality in ('STATED', 'REPORTED', 'BELIEVED', 'ALLEGED', 'PROJECTED'));
-- For running totals: the day the figure holds on ('nearly 15,000 so far').
alter table fact add column as_of date;

alter table fact drop constraint fact_kind_check;
alter table fact add constraint fact_kind_check check (kind in ('DEPLOYMENT', 'STATISTIC', 'CLAIM', 'EVENT'));

-- A figure is required of deployments and statistics; an event's casualties are optional, a claim has none.
alter table fact alter column qty_approximation drop not null;
-- a figure only words are known of: 'significant losses'
alter table fact add column qty_words text;
alter table fact alter column qty_unit drop not null;
alter table fact add constraint fact_quantity_fields check (kind in ('CLAIM', 'EVENT')
    or (qty_approximation is not null and qty_unit is not null));

-- claims: who claimed what (the period columns hold when it was claimed), and the newsroom's verdict
alter table fact add column claimant_id bigint references source (id);
alter table fact add column statement text;
alter table fact add column review_rating text
    check (review_rating in ('TRUE', 'MOSTLY_TRUE', 'MIXED', 'MOSTLY_FALSE', 'FALSE', 'UNPROVEN'));
alter table fact add column review_explanation text;
alter table fact add column reviewed_by text;
alter table fact add column reviewed_on date;
alter table fact add constraint fact_claim_fields check (kind <> 'CLAIM'
    or (claimant_id is not null and length(trim(statement)) > 0));
alter table fact add constraint fact_claim_review check (review_rating is null
    or (length(trim(review_explanation)) > 0 and reviewed_by is not null and reviewed_on is not null));
-- events: what happened (the period columns hold when)
alter table fact add column event_kind text
    check (event_kind in ('INCURSION', 'OFFENSIVE', 'COUNTEROFFENSIVE', 'ATTACK', 'WITHDRAWAL', 'AGREEMENT',
                          'RESOLUTION', 'ANNOUNCEMENT', 'OTHER'));
alter table fact add column title text;
alter table fact add constraint fact_event_fields check (kind <> 'EVENT'
    or (event_kind is not null and length(trim(title)) > 0 and period_start is not null));

-- Orders and filters of the new kinds (ClaimFilter, EventFilter, FactOrder).
create index fact_claim_newest_idx on fact ((coalesce(period_start, '-infinity'::date)) desc, id desc) where kind = 'CLAIM';
create index fact_claim_oldest_idx on fact ((coalesce(period_start, 'infinity'::date)), id) where kind = 'CLAIM';
create index fact_claim_largest_idx on fact ((coalesce(qty_value, (qty_low + qty_high) / 2, qty_low, qty_high, '-Infinity'::float8)) desc, id desc) where kind = 'CLAIM';
create index fact_claim_updated_idx on fact (updated_at desc, id desc) where kind = 'CLAIM';
create index fact_event_newest_idx on fact ((coalesce(period_start, '-infinity'::date)) desc, id desc) where kind = 'EVENT';
create index fact_event_oldest_idx on fact ((coalesce(period_start, 'infinity'::date)), id) where kind = 'EVENT';
create index fact_event_largest_idx on fact ((coalesce(qty_value, (qty_low + qty_high) / 2, qty_low, qty_high, '-Infinity'::float8)) desc, id desc) where kind = 'EVENT';
create index fact_event_updated_idx on fact (updated_at desc, id desc) where kind = 'EVENT';
create index fact_claimant_idx on fact (claimant_id, (coalesce(period_start, '-infinity'::date)) desc, id desc) where kind = 'CLAIM';
create index fact_review_rating_idx on fact (review_rating) where kind = 'CLAIM';
create index fact_reviewed_idx on fact ((review_rating is not null)) where kind = 'CLAIM';
create index fact_event_kind_idx on fact (event_kind) where kind = 'EVENT';

-- what claims and events are about, who acted, where a claim appeared, what an event relates to
create table claim_country (
    fact_id       bigint  not null references fact (id) on delete cascade,
    country_code  char(2) not null references country (code),
    position      integer not null,
    primary key (fact_id, position)
);
create index claim_country_idx on claim_country (country_code, fact_id);
create table claim_place (
    fact_id   bigint  not null references fact (id) on delete cascade,
    place_id  bigint  not null references place (id),
    position  integer not null,
    primary key (fact_id, position)
);
create index claim_place_place_idx on claim_place (place_id);
create table claim_appearance (
    fact_id           bigint  not null references fact (id) on delete cascade,
    position          integer not null,
    url               text,
    outlet_id         bigint references source (id),
    title             text,
    appeared_on       date,
    first_appearance  boolean not null default false,
    primary key (fact_id, position)
);
create index claim_appearance_outlet_idx on claim_appearance (outlet_id) where outlet_id is not null;
create table event_country (
    fact_id       bigint  not null references fact (id) on delete cascade,
    country_code  char(2) not null references country (code),
    position      integer not null,
    primary key (fact_id, position)
);
create index event_country_idx on event_country (country_code, fact_id);
create table event_place (
    fact_id   bigint  not null references fact (id) on delete cascade,
    place_id  bigint  not null references place (id),
    position  integer not null,
    primary key (fact_id, position)
);
create index event_place_place_idx on event_place (place_id);
create table event_actor (
    fact_id    bigint  not null references fact (id) on delete cascade,
    source_id  bigint  not null references source (id),
    position   integer not null,
    primary key (fact_id, position)
);
create index event_actor_source_idx on event_actor (source_id);
create table event_related (
    fact_id          bigint  not null references fact (id) on delete cascade,
    related_fact_id  bigint  not null references fact (id),
    position         integer not null,
    primary key (fact_id, position)
);
create index event_related_fact_idx on event_related (related_fact_id);

-- their history (Envers)
alter table fact_aud add column modality text, add column modality_mod boolean, add column qty_words text,
    add column as_of date, add column asof_mod boolean,
    add column claimant_id bigint, add column claimantid_mod boolean,
    add column statement text, add column statement_mod boolean,
    add column review_rating text, add column review_explanation text, add column reviewed_by text,
    add column reviewed_on date, add column review_mod boolean,
    add column event_kind text, add column eventkind_mod boolean,
    add column title text, add column title_mod boolean,
    add column countries_mod boolean, add column appearances_mod boolean, add column actors_mod boolean,
    add column related_mod boolean;
alter table fact_aud alter column qty_approximation drop not null;
create table claim_country_aud (
    rev bigint not null references revision (id), rev_type smallint,
    fact_id bigint not null, country_code char(2) not null, position integer not null,
    primary key (rev, fact_id, country_code, position)
);
create table claim_place_aud (
    rev bigint not null references revision (id), rev_type smallint,
    fact_id bigint not null, place_id bigint not null, position integer not null,
    primary key (rev, fact_id, place_id, position)
);
create table claim_appearance_aud (
    rev bigint not null references revision (id), rev_type smallint,
    fact_id bigint not null, position integer not null,
    url text, outlet_id bigint, title text, appeared_on date, first_appearance boolean,
    setordinal integer
);
create index claim_appearance_aud_idx on claim_appearance_aud (rev, fact_id);
create table event_country_aud (
    rev bigint not null references revision (id), rev_type smallint,
    fact_id bigint not null, country_code char(2) not null, position integer not null,
    primary key (rev, fact_id, country_code, position)
);
create table event_place_aud (
    rev bigint not null references revision (id), rev_type smallint,
    fact_id bigint not null, place_id bigint not null, position integer not null,
    primary key (rev, fact_id, place_id, position)
);
create table event_actor_aud (
    rev bigint not null references revision (id), rev_type smallint,
    fact_id bigint not null, source_id bigint not null, position integer not null,
    primary key (rev, fact_id, source_id, position)
);
create table event_related_aud (
    rev bigint not null references revision (id), rev_type smallint,
    fact_id bigint not null, related_fact_id bigint not null, position integer not null,
    primary key (rev, fact_id, related_fact_id, position)
);

-- Cache tags: a claim's or event's country lists come from its country table.
create or replace function cache_tags(f fact) returns text language sql stable as $$
    select 'f:' || f.id || ' list:facts list:' || f.kind
        || coalesce(' list:' || f.kind || ':' || f.origin_code, '')
        || coalesce(' list:' || f.kind || ':' || f.destination_code, '')
        || coalesce(' list:' || f.kind || ':' || f.country_code, '')
        || coalesce((select string_agg(' list:CLAIM:' || c.country_code, '') from claim_country c where c.fact_id = f.id), '')
        || coalesce((select string_agg(' list:EVENT:' || c.country_code, '') from event_country c where c.fact_id = f.id), '')
$$;
-- a country a visible claim or event is about: the fact and that country's lists
create function notify_country_part_tags() returns trigger language plpgsql as $$
declare
    r record;
begin
    r := case when tg_op = 'DELETE' then old else new end;
    if exists (select 1 from fact where id = r.fact_id and status <> 'DRAFT') then
        perform pg_notify('newsroom_content', 'f:' || r.fact_id || ' list:facts list:' || upper(split_part(tg_table_name, '_', 1))
            || ':' || r.country_code);
    end if;
    return null;
end
$$;
create trigger claim_country_cache_tags after insert or update or delete on claim_country
    for each row execute function notify_country_part_tags();
create trigger event_country_cache_tags after insert or update or delete on event_country
    for each row execute function notify_country_part_tags();
create trigger claim_place_cache_tags after insert or update or delete on claim_place
    for each row execute function notify_part_tags();
create trigger claim_appearance_cache_tags after insert or update or delete on claim_appearance
    for each row execute function notify_part_tags();
create trigger event_place_cache_tags after insert or update or delete on event_place
    for each row execute function notify_part_tags();
create trigger event_actor_cache_tags after insert or update or delete on event_actor
    for each row execute function notify_part_tags();
create trigger event_related_cache_tags after insert or update or delete on event_related
    for each row execute function notify_part_tags();

-- Live updates (factChanged): a claim's or event's countries come from its country table.
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
        'id', new.id, 'event', event, 'version', new.version,
        'countries', to_json(array_remove(array[new.origin_code, new.destination_code, new.country_code]::text[], null)
            || array(select cast(c.country_code as text) from claim_country c where c.fact_id = new.id)
            || array(select cast(c.country_code as text) from event_country c where c.fact_id = new.id)))::text);
    return null;
end
$$;
