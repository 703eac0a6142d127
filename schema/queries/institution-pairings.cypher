// Institution-to-institution pairings: schools with schools, hospitals with hospitals, and any enterprise,
// organisation or agency paired with another institution, with since and sources.
// @param kind string? Only pairings whose Beijing side has this label (School, Hospital, Enterprise, Organization, Agency).
MATCH (a:Entity)-[p:PAIRED_WITH]->(b:Entity)
WHERE (a:School OR a:Hospital OR a:Enterprise OR a:Organization OR a:Agency)
  AND (b:School OR b:Hospital OR b:Enterprise OR b:Organization OR b:Agency)
  AND ($kind IS NULL OR $kind IN labels(a))
RETURN a.name AS beijingSide, [l IN labels(a) WHERE l <> 'Entity'][0] AS beijingLevel, b.name AS innerMongoliaSide, [l IN labels(b) WHERE l <> 'Entity'][0] AS innerMongoliaLevel,
       p.since AS since,
       size(reduce(seen = [], x IN coalesce(p.evidenceArticles, []) | CASE WHEN x IN seen THEN seen ELSE seen + x END)) AS sources
ORDER BY beijingLevel, beijingSide, innerMongoliaSide
