-- Reader caches drop only what a write changes. Every committed change readers could see notifies the channel
-- newsroom_content with the cache tags it affects (space-separated; identical notifications of one transaction are
-- folded): f:<id> for a fact, s:<id> for a source, p:<id> for a place, and list tags for the lists a change could
-- enter or leave: list:facts (search, the sync feed), list:<KIND> (all lists of a kind), list:<KIND>:<country>
-- (a country's lists of a kind), list:sources, list:places:<country>. Drafts and their edits, pending evidence,
-- corrections while submitted or rejected, and persisted queries notify nothing. The statement-level triggers of
-- V5 (an empty payload: drop everything) are replaced.
do $$
declare
    t text;
begin
    foreach t in array array['fact', 'citation', 'dispute', 'correction_note', 'deployment_place', 'source', 'place'] loop
        execute format('drop trigger %I on %I', t || '_content_changed', t);
    end loop;
end
$$;
drop function notify_content_changed();

create function cache_tags(f fact) returns text language sql immutable as $$
    select 'f:' || f.id || ' list:facts list:' || f.kind
        || coalesce(' list:' || f.kind || ':' || f.origin_code, '')
        || coalesce(' list:' || f.kind || ':' || f.destination_code, '')
        || coalesce(' list:' || f.kind || ':' || f.country_code, '')
$$;

-- a fact: what readers see of it before and after (drafts are not seen)
create function notify_fact_tags() returns trigger language plpgsql as $$
declare
    tags text := '';
begin
    if tg_op <> 'INSERT' and old.status <> 'DRAFT' then
        tags := cache_tags(old);
    end if;
    if tg_op <> 'DELETE' and new.status <> 'DRAFT' then
        tags := tags || ' ' || cache_tags(new);
    end if;
    if trim(tags) <> '' then
        perform pg_notify('newsroom_content', trim(tags));
    end if;
    return null;
end
$$;
create trigger fact_cache_tags after insert or update or delete on fact
    for each row execute function notify_fact_tags();

-- what a fact carries (citations, disputes, notes, places): the fact, when readers see it
create function notify_fact_part_tags(changed_fact bigint) returns void language plpgsql as $$
begin
    if exists (select 1 from fact where id = changed_fact and status <> 'DRAFT') then
        perform pg_notify('newsroom_content', 'f:' || changed_fact || ' list:facts');
    end if;
end
$$;
create function notify_part_tags() returns trigger language plpgsql as $$
begin
    perform notify_fact_part_tags(case when tg_op = 'DELETE' then old.fact_id else new.fact_id end);
    return null;
end
$$;
-- a citation counts once active (a correction's evidence is inactive until the correction is approved)
create function notify_citation_tags() returns trigger language plpgsql as $$
begin
    if (tg_op <> 'INSERT' and old.active) or (tg_op <> 'DELETE' and new.active) then
        perform notify_fact_part_tags(case when tg_op = 'DELETE' then old.fact_id else new.fact_id end);
    end if;
    return null;
end
$$;
create trigger citation_cache_tags after insert or update or delete on citation
    for each row execute function notify_citation_tags();
create trigger dispute_cache_tags after insert or update or delete on dispute
    for each row execute function notify_part_tags();
create trigger correction_note_cache_tags after insert or update or delete on correction_note
    for each row execute function notify_part_tags();
create trigger deployment_place_cache_tags after insert or update or delete on deployment_place
    for each row execute function notify_part_tags();

-- sources and places: the answers that print them, and the lists they enter
create function notify_source_tags() returns trigger language plpgsql as $$
begin
    perform pg_notify('newsroom_content', case
        when tg_op = 'INSERT' then 'list:sources'
        else 's:' || old.id || ' list:sources' end);
    return null;
end
$$;
create trigger source_cache_tags after insert or update or delete on source
    for each row execute function notify_source_tags();
create function notify_place_tags() returns trigger language plpgsql as $$
begin
    perform pg_notify('newsroom_content', case
        when tg_op = 'INSERT' then 'list:places:' || new.country_code
        else 'p:' || old.id || ' list:places:' || old.country_code
            || case when tg_op = 'UPDATE' then ' list:places:' || new.country_code else '' end end);
    return null;
end
$$;
create trigger place_cache_tags after insert or update or delete on place
    for each row execute function notify_place_tags();
