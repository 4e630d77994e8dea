-- The People search ignores accents: "jose" finds José, "lukasiewicz" Łukasiewicz (and the other way round). The
-- trigram index is built again holding its text folded by fold_search_text (lower case, accents and letters like Ł
-- folded, registered on every connection by db/client.ts), the same fold the app applies to what a rep types.
DROP TABLE `people_search`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `people_search` USING fts5(`text`, tokenize = 'trigram remove_diacritics 1');
--> statement-breakpoint
INSERT INTO `people_search` (rowid, text) SELECT contact_rowid, fold_search_text(text) FROM `people_search_source`;
