-- Versions as printed: a fact's past version is rebuilt from its audit rows (fact_aud), with the names its sources had
-- then (source_aud). What the audit of facts does not hold is said here: from which version of its fact a citation
-- counts (a correction's evidence counts once the correction is approved) and with which version a public correction
-- note came. Both are stamped by the database at commit, from the version the transaction left the fact at, so that no
-- code path can forget them.

alter table citation add column counts_from_version integer check (counts_from_version >= 1);
-- pending evidence counts from no version; a citation that counts from a version counts
alter table citation add constraint citation_counted_only_when_active check (counts_from_version is null or active);
alter table correction_note add column fact_version integer check (fact_version >= 1);

-- What was there before: an approved correction's evidence counts from the version the approval made; another
-- citation from the first version saved at or after it was added; a note came with the first correction or
-- retraction saved at or after it. Rows that no revision explains (facts loaded without their audit) keep null: they
-- count from the fact's first version.
-- (an approval applies to the version the correction was made against and makes the next one)
update citation c set counts_from_version = k.fact_version + 1
from correction k
where k.evidence_id = c.id and k.status = 'APPROVED' and c.active;
update citation c set counts_from_version = (
        select a.version from fact_aud a join revision r on r.id = a.rev
        where a.id = c.fact_id and r.at >= c.created_at order by a.rev limit 1)
where c.active and c.counts_from_version is null;
update correction_note n set fact_version = (
        select a.version from fact_aud a join revision r on r.id = a.rev
        where a.id = n.fact_id and r.at >= n.corrected_at and r.action in ('CORRECTED', 'RETRACTED') order by a.rev limit 1);

-- At commit, a citation that counts and a new note take the version their transaction left the fact at.
create function stamp_citation_version() returns trigger language plpgsql as $$
begin
    update citation set counts_from_version = (select version from fact where id = new.fact_id)
        where id = new.id and active and counts_from_version is null;
    return null;
end
$$;
create constraint trigger citation_version_stamp after insert or update of active on citation
    deferrable initially deferred for each row execute function stamp_citation_version();

create function stamp_correction_note_version() returns trigger language plpgsql as $$
begin
    update correction_note set fact_version = (select version from fact where id = new.fact_id)
        where id = new.id and fact_version is null;
    return null;
end
$$;
create constraint trigger correction_note_version_stamp after insert on correction_note
    deferrable initially deferred for each row execute function stamp_correction_note_version();

-- Past versions are looked up by fact and version.
create index fact_aud_version_idx on fact_aud (id, version, rev);

-- The webhook of a public fact's new version names the version before it and how many pages printed an older
-- version, so that a CMS asks for its stale pages and what changed in one query (Fact.usedIn { printed changesSince }).
create or replace function webhook_fact_event() returns trigger language plpgsql as $$
declare
    kind text;
begin
    if new.status = 'PUBLISHED' and (tg_op = 'INSERT' or old.status <> 'PUBLISHED') then
        kind := 'FACT_PUBLISHED';
    elsif new.status = 'RETRACTED' and (tg_op = 'INSERT' or old.status <> 'RETRACTED') then
        kind := 'FACT_RETRACTED';
    elsif tg_op = 'UPDATE' and new.status = 'PUBLISHED' and new.version <> old.version then
        kind := 'FACT_CORRECTED';
    else
        return null;
    end if;
    perform enqueue_webhook_event(kind, new.id, null,
        json_build_object('factId', cast(new.id as text), 'kind', new.kind, 'status', new.status, 'version', new.version,
            'previousVersion', case when tg_op = 'UPDATE' then old.version end,
            'stalePages', (select count(*) from usage u where u.fact_id = new.id and u.fact_version < new.version)));
    return null;
end
$$;
