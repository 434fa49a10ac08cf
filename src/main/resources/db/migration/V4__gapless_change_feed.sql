-- changes(since:) pages in the order writes were committed, never skipping one: every row of fact carries the
-- 64-bit id of the transaction that last wrote it, and the feed only returns rows of transactions older than
-- every transaction still running (pg_snapshot_xmin), so a slow transaction that commits late cannot land
-- behind a cursor a client already holds.
alter table fact add column change_xid xid8 not null default pg_current_xact_id();

create function fact_change_xid() returns trigger language plpgsql as $$
begin
    new.change_xid := pg_current_xact_id();
    return new;
end
$$;

create trigger fact_change_xid before update on fact for each row execute function fact_change_xid();

create index fact_change_feed_idx on fact (change_xid, id);
