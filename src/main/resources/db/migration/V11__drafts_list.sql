-- The desk's Drafts page: drafts of every kind, the most recently changed first (Query.drafts).
create index fact_draft_updated_idx on fact (updated_at desc, id desc) where status = 'DRAFT';
