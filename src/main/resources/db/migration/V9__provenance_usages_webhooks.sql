-- Provenance that survives edits (sources and places audited, citation chains and archived copies), the pages that
-- print facts, and webhooks for the newsroom's other systems (an outbox written by the same transactions).

-- Sources and places: their states after each revision (Hibernate Envers).
create table source_aud (
    id            bigint   not null,
    rev           bigint   not null references revision (id),
    rev_type      smallint,
    name          text,
    kind          text,
    country_code  char(2),
    url           text,
    description   text,
    version       integer,
    created_at    timestamptz,
    updated_at    timestamptz,
    created_by    text,
    updated_by    text,
    primary key (id, rev)
);
create index source_aud_rev_idx on source_aud (rev);
-- existing sources and places get a first revision, so that their history starts with what they are now
with baseline as (
    insert into revision (id, timestamp_ms, at, changed_by, changed_by_id, action, note)
    select nextval('revision_id_seq'), (extract(epoch from now()) * 1000)::bigint, now(), 'system', 'system', 'CREATED',
           'The state when sources and places began to be audited'
    where exists (select 1 from source) or exists (select 1 from place)
    returning id
)
insert into source_aud (id, rev, rev_type, name, kind, country_code, url, description, version, created_at, updated_at,
                        created_by, updated_by)
select s.id, b.id, 0, s.name, s.kind, s.country_code, s.url, s.description, s.version, s.created_at, s.updated_at,
       s.created_by, s.updated_by
from source s cross join baseline b;
create table place_aud (
    id            bigint   not null,
    rev           bigint   not null references revision (id),
    rev_type      smallint,
    country_code  char(2),
    name          text,
    kind          text,
    code          text,
    created_at    timestamptz,
    created_by    text,
    primary key (id, rev)
);

insert into place_aud (id, rev, rev_type, country_code, name, kind, code, created_at, created_by)
select p.id, (select max(id) from revision where note = 'The state when sources and places began to be audited'), 0,
       p.country_code, p.name, p.kind, p.code, p.created_at, p.created_by
from place p where exists (select 1 from revision where note = 'The state when sources and places began to be audited');

-- Citations: a permanent copy of the page, and who passed the statement on between source and via.
alter table citation add column archive_url text;
create table citation_chain (
    citation_id  bigint  not null references citation (id) on delete cascade,
    position     integer not null,
    source_id    bigint  not null references source (id),
    primary key (citation_id, position)
);
create index citation_chain_source_idx on citation_chain (source_id);
-- Source.facts: the published facts citing a source, newest first
create index citation_source_fact_idx on citation (source_id, fact_id) where active;
create index citation_via_fact_idx on citation (via_source_id, fact_id) where active and via_source_id is not null;
create function notify_chain_tags() returns trigger language plpgsql as $$
begin
    perform notify_fact_part_tags(c.fact_id) from citation c
        where c.id = case when tg_op = 'DELETE' then old.citation_id else new.citation_id end and c.active;
    return null;
end
$$;
create trigger citation_chain_cache_tags after insert or update or delete on citation_chain
    for each row execute function notify_chain_tags();

-- Pages that print a fact, at the version they last showed; stale once the fact has a newer version.
create sequence usage_id_seq;
create table usage (
    id             bigint primary key default nextval('usage_id_seq'),
    fact_id        bigint      not null references fact (id),
    url            text        not null check (url ~ '^https?://'),
    title          text,
    fact_version   integer     not null,
    registered_at  timestamptz not null,
    registered_by  text        not null,
    stale          boolean     not null default false,
    unique (fact_id, url)
);
create index usage_stale_idx on usage (registered_at, id) where stale;
create function mark_usages_stale() returns trigger language plpgsql as $$
begin
    if new.version <> old.version and new.status <> 'DRAFT' then
        update usage set stale = true where fact_id = new.id and fact_version < new.version and not stale;
    end if;
    return null;
end
$$;
create trigger fact_usages_stale after update on fact
    for each row execute function mark_usages_stale();

-- Webhooks: endpoints of other systems, the events written in the transaction of each change (the outbox), one
-- delivery per webhook and event, and every attempt.
create sequence webhook_id_seq;
create table webhook (
    id          bigint primary key default nextval('webhook_id_seq'),
    url         text        not null check (url ~ '^https?://'),
    events      text[]      not null check (cardinality(events) > 0),
    secret      text        not null,
    created_at  timestamptz not null,
    created_by  text        not null,
    deleted_at  timestamptz
);
create sequence webhook_event_id_seq;
create table webhook_event (
    id             bigint primary key default nextval('webhook_event_id_seq'),
    event          text        not null check (event in ('FACT_PUBLISHED', 'FACT_CORRECTED', 'FACT_RETRACTED',
                                   'CORRECTION_SUBMITTED', 'CORRECTION_REVIEWED')),
    fact_id        bigint,
    correction_id  bigint,
    payload        text        not null,
    created_at     timestamptz not null default now()
);
create sequence webhook_delivery_id_seq;
create table webhook_delivery (
    id               bigint primary key default nextval('webhook_delivery_id_seq'),
    webhook_id       bigint      not null references webhook (id) on delete cascade,
    event_id         bigint      not null references webhook_event (id),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null default now(),
    delivered_at     timestamptz,
    given_up_at      timestamptz,
    unique (webhook_id, event_id)
);
-- the worker's queue: due deliveries, oldest first (SELECT ... FOR UPDATE SKIP LOCKED)
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where delivered_at is null and given_up_at is null;
create sequence webhook_attempt_id_seq;
create table webhook_attempt (
    id           bigint primary key default nextval('webhook_attempt_id_seq'),
    delivery_id  bigint      not null references webhook_delivery (id) on delete cascade,
    webhook_id   bigint      not null,
    number       integer     not null,
    at           timestamptz not null,
    status       integer,
    delivered    boolean     not null
);
create index webhook_attempt_webhook_idx on webhook_attempt (webhook_id, at desc, id desc);

-- An event of the outbox, with a delivery for every webhook that asked for it; in the caller's transaction.
create function enqueue_webhook_event(kind text, fact bigint, correction bigint, data json) returns void language plpgsql as $$
declare
    event_id bigint;
begin
    if not exists (select 1 from webhook where deleted_at is null and kind = any(events)) then
        return;
    end if;
    insert into webhook_event (event, fact_id, correction_id, payload)
        values (kind, fact, correction, json_build_object('type', lower(replace(kind, '_', '.')),
            'timestamp', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'data', data)::text)
        returning id into event_id;
    insert into webhook_delivery (webhook_id, event_id)
        select id, event_id from webhook where deleted_at is null and kind = any(events);
end
$$;
create function webhook_fact_event() returns trigger language plpgsql as $$
declare
    kind text;
begin
    if new.status = 'PUBLISHED' and (tg_op = 'INSERT' or old.status <> 'PUBLISHED') then
        kind := 'FACT_PUBLISHED';
    elsif new.status = 'RETRACTED' and (tg_op = 'INSERT' or old.status <> 'RETRACTED') then
        kind := 'FACT_RETRACTED';
    elsif tg_op = 'UPDATE' and new.status = 'PUBLISHED' and new.version <> old.version then
        kind := 'FACT_CORRECTED';
    else
        return null;
    end if;
    perform enqueue_webhook_event(kind, new.id, null,
        json_build_object('factId', cast(new.id as text), 'kind', new.kind, 'status', new.status, 'version', new.version));
    return null;
end
$$;
create trigger fact_webhook_event after insert or update on fact
    for each row execute function webhook_fact_event();
create function webhook_correction_event() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform enqueue_webhook_event('CORRECTION_SUBMITTED', new.fact_id, new.id,
            json_build_object('correctionId', cast(new.id as text), 'factId', cast(new.fact_id as text), 'status', new.status));
    elsif new.status <> old.status then
        perform enqueue_webhook_event('CORRECTION_REVIEWED', new.fact_id, new.id,
            json_build_object('correctionId', cast(new.id as text), 'factId', cast(new.fact_id as text), 'status', new.status));
    end if;
    return null;
end
$$;
create trigger correction_webhook_event after insert or update on correction
    for each row execute function webhook_correction_event();
