// Banners with no recorded Beijing partner: banners in the graph that nothing is PAIRED_WITH, directly or
// through a township, village or institution inside them.
// @param league string? Only banners of this league; all leagues when omitted.
MATCH (b:Banner)
WHERE NOT EXISTS { MATCH (:Entity)-[:PAIRED_WITH]->(:Entity)-[:PART_OF|LOCATED_IN*0..3]->(b) }
OPTIONAL MATCH (b)-[:PART_OF]->(stated:League)
OPTIONAL MATCH (coded:League) WHERE b.code IS NOT NULL AND coded.code = left(b.code, 4) + '00'
WITH b, coalesce(stated.name, coded.name, b.league) AS league, coalesce(stated.aliases, coded.aliases, []) AS leagueAliases
WHERE $league IS NULL OR league = $league OR $league IN leagueAliases
RETURN b.name AS banner, b.code AS code, league
ORDER BY league, banner
