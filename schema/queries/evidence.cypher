// The evidence behind a relationship: every sentence that states it, with its article, date and character
// offsets into the article text. Name both ends, and optionally the relationship type.
// @param from string Name or alias of the relationship's start (e.g. 昌平区).
// @param to string Name or alias of the relationship's end (e.g. 阿鲁科尔沁旗).
// @param type string? Relationship type (e.g. PAIRED_WITH); any type except MENTIONED_IN when omitted.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE (a.name = $from OR $from IN a.aliases) AND (b.name = $to OR $to IN b.aliases)
  AND type(r) <> 'MENTIONED_IN' AND ($type IS NULL OR type(r) = $type)
UNWIND range(0, size(coalesce(r.evidenceArticles, [])) - 1) AS i
OPTIONAL MATCH (article:Article {id: r.evidenceArticles[i]})
RETURN type(r) AS type, a.name AS from, b.name AS to, r.confidence AS confidence,
       r.evidenceArticles[i] AS articleId, article.title AS article, article.date AS date,
       r.evidenceSentences[i] AS sentence, r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS end
ORDER BY type, articleId, start
