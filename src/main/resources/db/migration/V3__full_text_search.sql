-- search(text:) becomes PostgreSQL full-text search: an English tsvector of the search text (summary, notes,
-- indicator, places, sources), kept by PostgreSQL itself, with a GIN index.
alter table fact add column search_vector tsvector
    generated always as (to_tsvector('english', search_text)) stored;
create index fact_search_vector_idx on fact using gin (search_vector);
drop index fact_search_trgm_idx;
