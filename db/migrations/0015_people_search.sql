-- The People page's search: one trigram full-text row per person the team has an answer for (rowid = contacts.rowid),
-- holding their name, company, profile slug, personId and the digits of every number found for them. Kept by the app
-- (lib/reveals/people-search.ts) when an answer is stored or a list fills in a detail, rather than by triggers, so that
-- big imports of new people pay nothing.
CREATE VIRTUAL TABLE `people_search` USING fts5(`text`, tokenize = 'trigram');
--> statement-breakpoint
CREATE VIEW `people_search_source` AS
SELECT c.rowid AS contact_rowid, c.id AS contact_id,
  coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '') || ' ' || coalesce(c.company, '') || ' ' ||
  coalesce(replace(c.linkedin_url, 'https://www.linkedin.com/in/', ''), '') || ' ' || coalesce(c.person_id, '') || ' ' ||
  coalesce((
    SELECT group_concat(coalesce(substr(j.value ->> '$.e164', 2), j.value ->> '$.raw'), ' ')
    FROM reveals r JOIN provider_results p ON p.reveal_id = r.id, json_each(p.numbers) j
    WHERE r.contact_id = c.id AND r.state IN ('found', 'not_found')
  ), '') AS text
FROM contacts c
WHERE EXISTS (SELECT 1 FROM reveals r WHERE r.contact_id = c.id AND r.state IN ('found', 'not_found'));
--> statement-breakpoint
INSERT INTO `people_search` (rowid, text) SELECT contact_rowid, text FROM `people_search_source`;
