-- The People search ignores accents: "jose" finds José, "muller" Müller (and the other way round). The trigram index
-- is built again with remove_diacritics; its rows come from the same view as before.
DROP TABLE `people_search`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `people_search` USING fts5(`text`, tokenize = 'trigram remove_diacritics 1');
--> statement-breakpoint
INSERT INTO `people_search` (rowid, text) SELECT contact_rowid, text FROM `people_search_source`;
