// Every Beijing partner of one banner at every level: pairings with the banner itself and with what lies inside it
// (its townships, villages, schools, hospitals, enterprises), with the local counterpart and the sources.
// @param banner string The banner's name or any of its aliases (e.g. 太仆寺旗).
MATCH (b:Banner) WHERE b.name = $banner OR $banner IN b.aliases
MATCH (local:Entity)-[:PART_OF|LOCATED_IN*0..3]->(b)
MATCH (partner:Entity)-[p:PAIRED_WITH]->(local)
RETURN DISTINCT partner.name AS partner, [l IN labels(partner) WHERE l <> 'Entity'][0] AS partnerLevel,
       local.name AS counterpart, [l IN labels(local) WHERE l <> 'Entity'][0] AS counterpartLevel, p.since AS since,
       size(reduce(seen = [], a IN coalesce(p.evidenceArticles, []) | CASE WHEN a IN seen THEN seen ELSE seen + a END)) AS sources
ORDER BY counterpartLevel, counterpart, partner
