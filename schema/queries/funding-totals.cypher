// Funding totals: how many yuan each funder put into each recipient, over how many stated grants, and whether
// any amount was approximate (余, 近, 约).
// @param funder string? Only this funder (name or alias); all when omitted.
MATCH (f:Entity)-[r:FUNDED]->(t:Entity)
WHERE $funder IS NULL OR f.name = $funder OR $funder IN f.aliases
RETURN f.name AS funder, [l IN labels(f) WHERE l <> 'Entity'][0] AS funderLevel, t.name AS recipient, [l IN labels(t) WHERE l <> 'Entity'][0] AS recipientLevel,
       sum(coalesce(r.amountYuan, 0)) AS totalYuan, count(r) AS grants,
       any(x IN collect(r.approx) WHERE x = true) AS approx,
       [p IN collect(DISTINCT r.purpose) WHERE p IS NOT NULL] AS purposes
ORDER BY totalYuan DESC, funder, recipient
