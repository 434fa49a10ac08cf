-- Bounds the code already keeps, held by the database too (NOT VALID: rows stored before stay as they are, every new
-- or changed row is checked), and what the retention job needs: when a persisted query was last used, and the outbox
-- by age.
alter table correction add constraint correction_review_note_length check (char_length(review_note) <= 2000) not valid;
alter table revision add constraint revision_note_length check (char_length(note) <= 2000) not valid;
alter table usage add constraint usage_url_length check (char_length(url) <= 2000) not valid,
    add constraint usage_title_length check (char_length(title) <= 500) not valid;

alter table persisted_query add column last_used_on date not null default current_date;
create index persisted_query_last_used_idx on persisted_query (last_used_on);
create index webhook_event_created_idx on webhook_event (created_at);
