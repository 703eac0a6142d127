// The most connected entities: who takes part in the most stated relationships (mentions in articles not
// counted), with their label and how many articles mention them.
// @param top integer = 20 How many entities to return.
// @param label string? Only entities with this label (e.g. District, Enterprise); all labels when omitted.
MATCH (n:Entity)
WHERE NOT n:Article AND ($label IS NULL OR $label IN labels(n))
WITH n, COUNT { (n)-[r]-() WHERE type(r) <> 'MENTIONED_IN' } AS degree
ORDER BY degree DESC, n.name
LIMIT $top
RETURN n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, degree,
       COUNT { (n)-[:MENTIONED_IN]->(:Article) } AS articles
