// Funding totals: how many yuan each funder put into each recipient, over how many stated grants, and whether
// any amount was approximate (余, 近, 约). A part of a total stated for the same funder and recipient (partOfYuan set:
// …共投入3860万元，其中教育领域1150万元) is counted apart, not summed again into the total.
// @param funder string? Only this funder (name or alias); all when omitted.
MATCH (f:Entity)-[r:FUNDED]->(t:Entity)
WHERE $funder IS NULL OR f.name = $funder OR $funder IN f.aliases
WITH f, t, collect(r) AS rs, [p IN collect(DISTINCT r.purpose) WHERE p IS NOT NULL] AS purposes
RETURN f.name AS funder, [l IN labels(f) WHERE l <> 'Entity'][0] AS funderLevel, t.name AS recipient, [l IN labels(t) WHERE l <> 'Entity'][0] AS recipientLevel,
       reduce(total = 0, g IN rs | total + CASE WHEN g.partOfYuan IS NULL THEN coalesce(g.amountYuan, 0) ELSE 0 END) AS totalYuan,
       size([g IN rs WHERE g.partOfYuan IS NULL]) AS grants,
       size([g IN rs WHERE g.partOfYuan IS NOT NULL]) AS parts,
       any(g IN rs WHERE g.approx = true) AS approx,
       purposes
ORDER BY totalYuan DESC, funder, recipient
