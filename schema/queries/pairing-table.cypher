// The pairing table: which Beijing district is paired with which Inner Mongolia banner, the banner's league,
// since when, and on how many source articles.
// @param league string? Only banners of this league (e.g. 赤峰市); all leagues when omitted.
// @param district string? Only this Beijing district (e.g. 昌平区); all districts when omitted.
MATCH (d:District)-[p:PAIRED_WITH]->(b:Banner)
WHERE $district IS NULL OR d.name = $district OR $district IN d.aliases
OPTIONAL MATCH (b)-[:PART_OF]->(stated:League)
OPTIONAL MATCH (coded:League) WHERE b.code IS NOT NULL AND coded.code = left(b.code, 4) + '00'
WITH d, p, b, coalesce(stated.name, coded.name, b.league) AS league, coalesce(stated.aliases, coded.aliases, []) AS leagueAliases
WHERE $league IS NULL OR league = $league OR $league IN leagueAliases
RETURN d.name AS district, b.name AS banner, league, p.since AS since,
       size(reduce(seen = [], a IN coalesce(p.evidenceArticles, []) | CASE WHEN a IN seen THEN seen ELSE seen + a END)) AS sources
ORDER BY league, banner, district
