-- Newsroom Facts: reference data, sources, places and facts (deployments and statistics).
-- Flyway owns this schema; Hibernate only validates it.

create extension if not exists pg_trgm;

-- ISO 3166-1 countries. Rows are synchronised from the JDK's locale data at every start.
create table country (
    code     char(2) primary key check (code ~ '^[A-Z]{2}$'),
    alpha3   char(3) not null unique check (alpha3 ~ '^[A-Z]{3}$'),
    name_en  text    not null
);

create sequence place_id_seq;
create table place (
    id            bigint primary key default nextval('place_id_seq'),
    country_code  char(2) not null references country (code),
    name          text    not null check (length(trim(name)) > 0),
    kind          text    not null check (kind in ('REGION', 'CITY', 'DISTRICT', 'AREA')),
    code          text,
    created_at    timestamptz not null default now(),
    created_by    text    not null
);
create unique index place_country_name_uq on place (country_code, lower(name));
create index place_country_idx on place (country_code, id);

create sequence source_id_seq;
create table source (
    id            bigint primary key default nextval('source_id_seq'),
    name          text    not null check (length(trim(name)) > 0),
    kind          text    not null check (kind in ('NEWS_OUTLET', 'NEWS_AGENCY', 'GOVERNMENT', 'MINISTRY',
                            'INTELLIGENCE_AGENCY', 'MILITARY', 'INTERNATIONAL_ORGANIZATION', 'NGO',
                            'RESEARCH', 'SOCIAL_MEDIA', 'OTHER')),
    country_code  char(2) references country (code),
    url           text,
    description   text,
    version       integer not null default 1,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    created_by    text    not null,
    updated_by    text    not null
);
-- sources(search:) is a case-insensitive substring match; ordered by name then id.
create index source_name_trgm_idx on source using gin (lower(name) gin_trgm_ops);
create index source_order_idx on source (lower(name), id);
create index source_kind_idx on source (kind, lower(name), id);

-- Every kind of fact lives in one table (single-table inheritance), so that fact ids are unique across
-- kinds and the search, sync and correction features see one table.
create sequence fact_id_seq;
create table fact (
    id                 bigint primary key default nextval('fact_id_seq'),
    kind               text    not null check (kind in ('DEPLOYMENT', 'STATISTIC')),
    status             text    not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'RETRACTED')),
    verification       text    not null check (verification in ('UNVERIFIED', 'REPORTED', 'CORROBORATED',
                                   'CONFIRMED', 'DISPUTED', 'REFUTED')),
    version            integer not null default 1,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    created_by         text    not null,
    updated_by         text    not null,
    published_at       timestamptz,
    search_text        text    not null default '',
    notes              text,
    -- the figure: a deployment's headcount or a statistic's value
    qty_value          double precision,
    qty_low            double precision,
    qty_high           double precision,
    qty_approximation  text    not null check (qty_approximation in ('EXACT', 'ABOUT', 'NEARLY', 'AT_LEAST',
                                   'AT_MOST', 'RANGE', 'ORDER_OF_MAGNITUDE')),
    qty_unit           text    not null,
    -- the period the figure refers to (first and last day it covers at its precision)
    period_start       date,
    period_end         date,
    period_precision   text check (period_precision in ('DAY', 'MONTH', 'YEAR')),
    -- deployments
    origin_code        char(2) references country (code),
    destination_code   char(2) references country (code),
    personnel          text check (personnel in ('WORKERS', 'TROOPS', 'MILITARY_ADVISERS', 'STUDENTS', 'OTHER')),
    reported_on        date,
    -- statistics
    country_code       char(2) references country (code),
    place_id           bigint references place (id),
    indicator          text,
    measure            text check (measure in ('OFFICIAL', 'ESTIMATE', 'PROJECTION', 'SURVEY', 'CHANGE')),
    baseline_start     date,
    baseline_end       date,
    baseline_precision text check (baseline_precision in ('DAY', 'MONTH', 'YEAR')),
    constraint fact_deployment_fields check (kind <> 'DEPLOYMENT'
        or (origin_code is not null and destination_code is not null and personnel is not null)),
    constraint fact_statistic_fields check (kind <> 'STATISTIC'
        or (country_code is not null and indicator is not null and measure is not null and period_precision is not null)),
    constraint fact_period_order check (period_end is null or period_start is null or period_start <= period_end),
    constraint fact_baseline_order check (baseline_end is null or baseline_start is null or baseline_start <= baseline_end)
);

-- Orders (FactOrder). The sort keys are expressions so that undated facts and facts without a central
-- figure sort last with plain keyset pagination; the repository uses exactly these expressions.
create index fact_deployment_newest_idx on fact ((coalesce(period_start, '-infinity'::date)) desc, id desc) where kind = 'DEPLOYMENT';
create index fact_deployment_oldest_idx on fact ((coalesce(period_start, 'infinity'::date)), id) where kind = 'DEPLOYMENT';
create index fact_deployment_largest_idx on fact ((coalesce(qty_value, (qty_low + qty_high) / 2, qty_low, qty_high, '-Infinity'::float8)) desc, id desc) where kind = 'DEPLOYMENT';
create index fact_deployment_updated_idx on fact (updated_at desc, id desc) where kind = 'DEPLOYMENT';
create index fact_statistic_newest_idx on fact ((coalesce(period_start, '-infinity'::date)) desc, id desc) where kind = 'STATISTIC';
create index fact_statistic_oldest_idx on fact ((coalesce(period_start, 'infinity'::date)), id) where kind = 'STATISTIC';
create index fact_statistic_largest_idx on fact ((coalesce(qty_value, (qty_low + qty_high) / 2, qty_low, qty_high, '-Infinity'::float8)) desc, id desc) where kind = 'STATISTIC';
create index fact_statistic_updated_idx on fact (updated_at desc, id desc) where kind = 'STATISTIC';
-- Country pages: deployments from / to a country and its statistics, newest first.
create index fact_origin_newest_idx on fact (origin_code, (coalesce(period_start, '-infinity'::date)) desc, id desc) where kind = 'DEPLOYMENT';
create index fact_destination_newest_idx on fact (destination_code, (coalesce(period_start, '-infinity'::date)) desc, id desc) where kind = 'DEPLOYMENT';
create index fact_country_newest_idx on fact (country_code, (coalesce(period_start, '-infinity'::date)) desc, id desc) where kind = 'STATISTIC';
-- Filters (DeploymentFilter, StatisticFilter).
create index fact_status_idx on fact (status, kind);
create index fact_verification_idx on fact (verification, kind);
create index fact_personnel_idx on fact (personnel) where kind = 'DEPLOYMENT';
create index fact_measure_idx on fact (measure) where kind = 'STATISTIC';
create index fact_indicator_trgm_idx on fact using gin (lower(indicator) gin_trgm_ops) where kind = 'STATISTIC';
create index fact_period_range_idx on fact using gist (daterange(period_start, coalesce(period_end, period_start), '[]'))
    where period_start is not null;
create index fact_place_idx on fact (place_id) where place_id is not null;
-- changes(since:): what changed after an instant, oldest first.
create index fact_changes_idx on fact (updated_at, id);
-- search(text:): every word must occur in the search text (summary, notes, places, sources).
create index fact_search_trgm_idx on fact using gin (search_text gin_trgm_ops);

create table deployment_place (
    fact_id   bigint not null references fact (id) on delete cascade,
    place_id  bigint not null references place (id),
    position  integer not null,
    primary key (fact_id, place_id)
);
create index deployment_place_place_idx on deployment_place (place_id);

create sequence citation_id_seq;
create table citation (
    id             bigint primary key default nextval('citation_id_seq'),
    fact_id        bigint not null references fact (id) on delete cascade,
    source_id      bigint not null references source (id),
    via_source_id  bigint references source (id),
    title          text,
    url            text,
    published_on   date,
    accessed_on    date,
    quote          text,
    created_at     timestamptz not null,
    created_by     text not null,
    constraint citation_via_differs check (via_source_id is null or via_source_id <> source_id)
);
create index citation_fact_idx on citation (fact_id, id);
create index citation_source_idx on citation (source_id);
create index citation_via_idx on citation (via_source_id) where via_source_id is not null;

create sequence dispute_id_seq;
create table dispute (
    id          bigint primary key default nextval('dispute_id_seq'),
    fact_id     bigint not null references fact (id) on delete cascade,
    source_id   bigint not null references source (id),
    statement   text   not null check (length(trim(statement)) > 0),
    stated_on   date,
    created_at  timestamptz not null,
    created_by  text not null
);
create index dispute_fact_idx on dispute (fact_id, id);
create index dispute_source_idx on dispute (source_id);
