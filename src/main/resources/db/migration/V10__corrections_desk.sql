-- The corrections desk (issue 15).

-- The field-by-field change a correction proposes, [{"field", "from", "to"}], computed when it is submitted against
-- the version it was written for. Corrections submitted before this migration have none (null: listed as no changes).
alter table correction add column changes jsonb;

-- The countries a fact is about, as the live feed's filters see them (a deployment's origin and destination, a
-- statistic's country, a claim's or event's countries).
create function fact_country_codes(f fact) returns text[] language sql stable as $$
    select array_remove(array[f.origin_code, f.destination_code, f.country_code]::text[], null)
        || array(select cast(c.country_code as text) from claim_country c where c.fact_id = f.id)
        || array(select cast(c.country_code as text) from event_country c where c.fact_id = f.id)
$$;

-- The review queue updates live: a submitted correction (CORRECTION_PROPOSED) and a decided one (CORRECTION_REVIEWED)
-- are announced on the live feed's channel at commit, from whichever instance wrote them. Only editors and chiefs
-- who ask for these events receive them (live/LiveService).
create function notify_correction_event() returns trigger language plpgsql as $$
declare
    event text;
    f fact;
begin
    if tg_op = 'INSERT' then
        event := 'CORRECTION_PROPOSED';
    elsif new.status <> old.status then
        event := 'CORRECTION_REVIEWED';
    else
        return null;
    end if;
    select * into f from fact where id = new.fact_id;
    perform pg_notify('newsroom_fact', json_build_object(
        'id', new.fact_id, 'event', event, 'version', f.version, 'correction', new.id,
        'countries', to_json(fact_country_codes(f)))::text);
    return null;
end
$$;
create trigger correction_event after insert or update of status on correction
    for each row execute function notify_correction_event();
