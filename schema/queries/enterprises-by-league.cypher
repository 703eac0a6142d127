// Enterprises investing in Inner Mongolia, by league: which enterprises invested (落户, 投资, 入驻) in places of
// each league, where, and the stated amounts.
// @param league string? Only this league (e.g. 赤峰市); all leagues when omitted.
MATCH (e:Enterprise)-[r:INVESTED_IN]->(place:Entity)
OPTIONAL MATCH (place)-[:PART_OF*0..3]->(stated:League)
OPTIONAL MATCH (coded:League) WHERE place.code IS NOT NULL AND coded.code = left(place.code, 4) + '00'
WITH e, r, place, coalesce(stated.name, coded.name, place.league) AS league, coalesce(stated.aliases, coded.aliases, []) AS leagueAliases
WHERE $league IS NULL OR league = $league OR $league IN leagueAliases
RETURN league, count(DISTINCT e) AS enterprises,
       collect(DISTINCT e.name) AS names, collect(DISTINCT place.name) AS places,
       sum(coalesce(r.amountYuan, 0)) AS statedYuan
ORDER BY enterprises DESC, league
