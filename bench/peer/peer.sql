-- What PostGraphile needs beyond the service's tables: full-text search as a SQL function (PostGraphile's way to
-- expose custom queries), in a schema of its own. Same matching, visibility and order as the service's search.
create schema if not exists bench_peer;
create or replace function bench_peer.bench_search(text text) returns setof public.fact
language sql stable as $$
    select f.* from public.fact f, to_tsquery('english', text) q
    where f.search_vector @@ q and f.status in ('PUBLISHED', 'RETRACTED')
    order by ts_rank_cd(f.search_vector, q) desc, f.id desc
$$;
