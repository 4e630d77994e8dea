-- The People search finds German typed without its umlauts ("mueller" for Müller): each person's text is indexed
-- folded as before, followed by the words with an umlaut spelled out (searchable_text, registered on every connection
-- by db/client.ts). What a rep types is folded as before, so "zoe" and partial words find what they did.
DELETE FROM `people_search`;
--> statement-breakpoint
INSERT INTO `people_search` (rowid, text) SELECT contact_rowid, searchable_text(text) FROM `people_search_source`;
