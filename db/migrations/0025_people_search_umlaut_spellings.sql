-- The People search reads "ae", "oe" and "ue" as the vowel alone, so "mueller", "muller" and "müller" all find Müller
-- (fold_search_text, lib/reveals/fold-search-text.ts). The index is filled again with its text folded that way.
DELETE FROM `people_search`;
--> statement-breakpoint
INSERT INTO `people_search` (rowid, text) SELECT contact_rowid, fold_search_text(text) FROM `people_search_source`;
