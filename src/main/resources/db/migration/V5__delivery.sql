-- Automatic persisted queries (Apollo APQ): the document of each sha256 hash a client registered, shared by
-- every instance and kept across restarts. Only documents that parse and validate are stored.
create table persisted_query (
    sha256      char(64) primary key,
    query       text        not null,
    created_at  timestamptz not null default now()
);

-- Invalidation of the instances' reader caches: any committed write of what readers can see notifies the
-- channel newsroom_content once per transaction (identical notifications of one transaction are folded).
create function notify_content_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('newsroom_content', '');
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['fact', 'citation', 'dispute', 'correction_note', 'deployment_place', 'source', 'place'] loop
        execute format('create trigger %I after insert or update or delete on %I '
                       'for each statement execute function notify_content_changed()', t || '_content_changed', t);
    end loop;
end
$$;

-- Live updates: what readers are told about a fact, on the channel newsroom_fact, delivered at commit:
-- PUBLISHED (it became public), CORRECTED (a public fact got a new version), RETRACTED (it was withdrawn).
create function notify_fact_event() returns trigger language plpgsql as $$
declare
    event text;
begin
    if new.status = 'PUBLISHED' and (tg_op = 'INSERT' or old.status <> 'PUBLISHED') then
        event := 'PUBLISHED';
    elsif new.status = 'RETRACTED' and (tg_op = 'INSERT' or old.status <> 'RETRACTED') then
        event := 'RETRACTED';
    elsif tg_op = 'UPDATE' and new.status = 'PUBLISHED' and new.version <> old.version then
        event := 'CORRECTED';
    else
        return null;
    end if;
    perform pg_notify('newsroom_fact', json_build_object(
        'id', new.id, 'event', event, 'version', new.version,
        'countries', to_json(array_remove(array[new.origin_code, new.destination_code, new.country_code]::text[], null)))::text);
    return null;
end
$$;

create trigger fact_event after insert or update on fact
    for each row execute function notify_fact_event();
