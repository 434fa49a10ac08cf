-- Editorial workflow: revisions of facts (Hibernate Envers), public correction notes, corrections under review.

-- One row per committed change; Envers writes it, RevisionStamp fills who, what kind of change and why.
create sequence revision_id_seq;
create table revision (
    id            bigint primary key default nextval('revision_id_seq'),
    timestamp_ms  bigint      not null,
    at            timestamptz not null,
    changed_by    text        not null,
    action        text        not null check (action in ('CREATED', 'EDITED', 'PUBLISHED', 'CORRECTED', 'RETRACTED')),
    note          text
);

-- The state of a fact after each revision; *_mod says which properties that revision changed.
create table fact_aud (
    id                  bigint   not null,
    rev                 bigint   not null references revision (id),
    rev_type            smallint,
    kind                varchar(31) not null,
    status              text,      status_mod          boolean,
    verification        text,      verification_mod    boolean,
    version             integer,   version_mod         boolean,
    created_at          timestamptz, createdat_mod     boolean,
    updated_at          timestamptz, updatedat_mod     boolean,
    created_by          text,      createdby_mod       boolean,
    updated_by          text,      updatedby_mod       boolean,
    published_at        timestamptz, publishedat_mod   boolean,
    notes               text,      notes_mod           boolean,
    qty_value           double precision,
    qty_low             double precision,
    qty_high            double precision,
    qty_approximation   text,
    qty_unit            text,      quantity_mod        boolean,
    period_start        date,
    period_end          date,
    period_precision    text,      period_mod          boolean,
    origin_code         char(2),   origincode_mod      boolean,
    destination_code    char(2),   destinationcode_mod boolean,
    personnel           text,      personnel_mod       boolean,
    reported_on         date,      reportedon_mod      boolean,
                                   places_mod          boolean,
    country_code        char(2),   countrycode_mod     boolean,
    place_id            bigint,    placeid_mod         boolean,
    indicator           text,      indicator_mod       boolean,
    measure             text,      measure_mod         boolean,
    baseline_start      date,
    baseline_end        date,
    baseline_precision  text,      baseline_mod        boolean,
    primary key (id, rev)
);
create index fact_aud_rev_idx on fact_aud (rev);

create table deployment_place_aud (
    rev       bigint   not null references revision (id),
    rev_type  smallint,
    fact_id   bigint   not null,
    place_id  bigint   not null,
    position  integer  not null,
    primary key (rev, fact_id, place_id, position)
);

-- Public correction notes, printed under a story: from approved corrections and retractions.
create sequence correction_note_id_seq;
create table correction_note (
    id            bigint primary key default nextval('correction_note_id_seq'),
    fact_id       bigint      not null references fact (id),
    corrected_at  timestamptz not null,
    text          text        not null check (length(trim(text)) > 0)
);
create index correction_note_fact_idx on correction_note (fact_id, corrected_at desc, id desc);

-- Proposed changes to published facts, reviewed by a chief who is not their author.
create sequence correction_id_seq;
create table correction (
    id             bigint primary key default nextval('correction_id_seq'),
    fact_id        bigint      not null references fact (id),
    status         text        not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    reason         text        not null check (length(trim(reason)) > 0),
    public_note    text        not null check (length(trim(public_note)) > 0),
    -- the submitted DeploymentPatch or StatisticPatch, as JSON; applied on approval
    patch          jsonb,
    verification   text check (verification in ('UNVERIFIED', 'REPORTED', 'CORROBORATED', 'CONFIRMED', 'DISPUTED', 'REFUTED')),
    evidence_id    bigint,
    -- the fact's version the correction was written against; approval needs the fact still at it
    fact_version   integer     not null,
    submitted_by   text        not null,
    submitted_at   timestamptz not null,
    reviewed_by    text,
    reviewed_at    timestamptz,
    review_note    text,
    version        integer     not null default 1
);
create index correction_list_idx on correction (submitted_at desc, id desc);
create index correction_status_idx on correction (status, submitted_at desc, id desc);
create index correction_fact_idx on correction (fact_id);

-- A correction's evidence is a citation that only counts for the fact once the correction is approved.
alter table citation add column active boolean not null default true;
alter table correction add constraint correction_evidence_fk foreign key (evidence_id) references citation (id);
drop index citation_fact_idx;
create index citation_fact_idx on citation (fact_id, id) where active;
