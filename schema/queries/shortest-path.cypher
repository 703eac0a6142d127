// The shortest chain of stated relationships between two named entities (at most 6 steps, mentions in articles
// not counted), e.g. how a Beijing school is connected to a banner.
// @param from string Name or alias of one end.
// @param to string Name or alias of the other end.
MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE (b.name = $to OR $to IN b.aliases) AND b <> a
MATCH path = shortestPath((a)-[*..6]-(b))
WHERE none(r IN relationships(path) WHERE type(r) = 'MENTIONED_IN')
RETURN path, length(path) AS hops,
       [n IN nodes(path) | n.name] AS names, [r IN relationships(path) | type(r)] AS types
ORDER BY hops
LIMIT 1
