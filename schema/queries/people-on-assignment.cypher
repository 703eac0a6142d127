// People on assignment (支教, 挂职, 医疗帮扶, …) grouped by the Beijing district they come from and the kind of
// assignment: how many people, who, and where they serve.
// @param district string? Only people from this Beijing district; all when omitted.
// @param kind string? Only this kind of assignment (e.g. 支教); all kinds when omitted.
MATCH (person:Person)-[a:ASSIGNED_TO]->(post:Entity)
WHERE $kind IS NULL OR a.kind = $kind
OPTIONAL MATCH (person)-[:WORKS_AT]->(:Entity)-[:LOCATED_IN|PART_OF*0..2]->(home:District)
WITH person, a, post, home
WHERE $district IS NULL OR home.name = $district OR $district IN coalesce(home.aliases, [])
RETURN home.name AS district, a.kind AS kind, count(DISTINCT person) AS people,
       collect(DISTINCT person.name) AS names, collect(DISTINCT post.name) AS servingAt
ORDER BY people DESC, district, kind
