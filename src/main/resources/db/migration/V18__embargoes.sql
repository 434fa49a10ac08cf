-- Embargoes: a draft a chief scheduled for publication at a time. Until then it is a draft to readers everywhere;
-- at the time, one instance's worker (SELECT … FOR UPDATE SKIP LOCKED) publishes it, once. One row per fact: moving
-- the time updates it, a cancellation or the publication settles it (kept, with who and why).
create table embargo (
    fact_id          bigint primary key references fact (id),
    publish_at       timestamptz not null,
    -- the version the chief reviewed: a draft changed since is not published (the embargo lapses)
    fact_version     integer     not null check (fact_version >= 1),
    scheduled_by     text        not null,
    scheduled_by_id  text        not null,
    scheduled_at     timestamptz not null,
    state            text        not null check (state in ('SCHEDULED', 'PUBLISHED', 'CANCELLED', 'LAPSED')),
    settled_at       timestamptz,
    outcome          text        check (length(outcome) <= 500),
    constraint embargo_settled check ((state = 'SCHEDULED') = (settled_at is null))
);
-- the workers' queue: scheduled embargoes by time
create index embargo_due_idx on embargo (publish_at) where state = 'SCHEDULED';
