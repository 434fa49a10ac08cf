-- similarClaims compares statements by trigram similarity (pg_trgm's % operator): an index for it. The other
-- similar… checks filter by kind, countries, period and figure, as the kinds' lists already do.
create index fact_statement_trgm_idx on fact using gin (lower(statement) gin_trgm_ops);

-- corrections(mine: true), the desk's "My corrections": one author's corrections, newest first.
create index correction_author_idx on correction (submitted_by_id, submitted_at desc, id desc);
