-- Four-eyes compares identities, not display names: who submitted and who reviewed a correction, and who made
-- each revision, by the token's issuer and subject ("iss|sub"); the display name stays for printing.
-- Rows from before this migration name their user only: their identity is unknown (null), and a correction
-- without a submitter identity is compared by name, as before.
alter table correction add column submitted_by_id text;
alter table correction add column reviewed_by_id text;
alter table revision add column changed_by_id text;
