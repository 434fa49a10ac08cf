-- Readers' lists read the citations that count with their sources only (issue 26), from an index that holds them, so
-- that PostgreSQL answers from the index alone instead of visiting each citation's row, scattered over the table. The
-- citations' other columns (title, url, dates, quote, archive copy) are read by id when a client asks for them.
--
-- Most citations have no chain (who passed it on between source and via): `chained` says which do, kept by the
-- database from citation_chain, so that readers read the chains of those only, within the citations' statement.
alter table citation add column chained boolean not null default false;
update citation c set chained = true where exists (select 1 from citation_chain h where h.citation_id = c.id);

create function citation_chained() returns trigger language plpgsql as $$
declare
    cited bigint;
begin
    -- the citation the row belongs to, and the one it belonged to before an update that moved it
    foreach cited in array array[case when tg_op <> 'INSERT' then old.citation_id end, case when tg_op <> 'DELETE' then new.citation_id end] loop
        if cited is not null then
            update citation c set chained = exists (select 1 from citation_chain h where h.citation_id = cited)
                where c.id = cited and c.chained <> exists (select 1 from citation_chain h where h.citation_id = cited);
        end if;
    end loop;
    return null;
end
$$;
create trigger citation_chain_chained after insert or update or delete on citation_chain
    for each row execute function citation_chained();

-- the same key and condition as the index it replaces (V2), now with what readers read of a citation
drop index citation_fact_idx;
create index citation_cited_idx on citation (fact_id, id) include (source_id, via_source_id, chained) where active;
