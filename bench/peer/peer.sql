-- What PostGraphile needs beyond the service's tables: full-text search as a SQL function (PostGraphile's way to
-- expose custom queries), in a schema of its own. Same matching, visibility and order as the service's search.
create schema if not exists bench_peer;
create or replace function bench_peer.bench_search(text text) returns setof public.fact
language sql stable as $$
    select f.* from public.fact f, to_tsquery('english', text) q
    where f.search_vector @@ q and f.status in ('PUBLISHED', 'RETRACTED')
    order by ts_rank_cd(f.search_vector, q) desc, f.id desc
$$;

-- The service's newest-first order puts facts without a period last; PostgreSQL's DESC alone puts them first. A
-- sortable computed column gives PostGraphile the same order (NEWEST_DESC; @sortable for version 4, the orderBy
-- behavior for version 5), inlined to the expression the service's own indexes are built on. Created in the bench's
-- database only.
create or replace function public.fact_newest(f public.fact) returns date
language sql stable as $$ select coalesce(f.period_start, '-infinity'::date) $$;
comment on function public.fact_newest(public.fact) is E'@sortable\n@behavior +orderBy';
