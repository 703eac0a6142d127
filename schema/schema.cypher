// Schema of the pairing graph in Neo4j. Every statement is idempotent (IF NOT EXISTS); `kg schema` and every load apply it.
// Statements end with a semicolon at the end of a line; `//` lines are comments.

// Every loaded node also carries :Entity, so the loader finds relationship ends through one unique index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// One node per id within each label.
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT district_id IF NOT EXISTS FOR (n:District) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT league_id IF NOT EXISTS FOR (n:League) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT banner_id IF NOT EXISTS FOR (n:Banner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT township_id IF NOT EXISTS FOR (n:Township) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT village_id IF NOT EXISTS FOR (n:Village) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT hospital_id IF NOT EXISTS FOR (n:Hospital) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT school_id IF NOT EXISTS FOR (n:School) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// Look-ups by canonical name, per label.
CREATE INDEX province_name IF NOT EXISTS FOR (n:Province) ON (n.name);
CREATE INDEX district_name IF NOT EXISTS FOR (n:District) ON (n.name);
CREATE INDEX league_name IF NOT EXISTS FOR (n:League) ON (n.name);
CREATE INDEX banner_name IF NOT EXISTS FOR (n:Banner) ON (n.name);
CREATE INDEX township_name IF NOT EXISTS FOR (n:Township) ON (n.name);
CREATE INDEX village_name IF NOT EXISTS FOR (n:Village) ON (n.name);
CREATE INDEX enterprise_name IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE INDEX hospital_name IF NOT EXISTS FOR (n:Hospital) ON (n.name);
CREATE INDEX school_name IF NOT EXISTS FOR (n:School) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX article_name IF NOT EXISTS FOR (n:Article) ON (n.name);

// Administrative units by their GB/T 2260 code.
CREATE INDEX province_code IF NOT EXISTS FOR (n:Province) ON (n.code);
CREATE INDEX district_code IF NOT EXISTS FOR (n:District) ON (n.code);
CREATE INDEX league_code IF NOT EXISTS FOR (n:League) ON (n.code);
CREATE INDEX banner_code IF NOT EXISTS FOR (n:Banner) ON (n.code);

// Search over canonical names and every surface form; the cjk analyzer indexes Chinese as character bigrams.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Province|District|League|Banner|Township|Village|Enterprise|Hospital|School|Organization|Agency|Person)
ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Article titles, for finding sources.
CREATE FULLTEXT INDEX article_titles IF NOT EXISTS FOR (n:Article) ON EACH [n.name, n.title] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// One relationship per id within each type. The loader looks ids up through these (one seek instead of a MERGE that
// expands the relationships between two nodes), and a concurrent load creating the same id fails and replays its batch.
CREATE CONSTRAINT paired_with_id IF NOT EXISTS FOR ()-[r:PAIRED_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT works_at_id IF NOT EXISTS FOR ()-[r:WORKS_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT assigned_to_id IF NOT EXISTS FOR ()-[r:ASSIGNED_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT funded_id IF NOT EXISTS FOR ()-[r:FUNDED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT invested_in_id IF NOT EXISTS FOR ()-[r:INVESTED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT authored_id IF NOT EXISTS FOR ()-[r:AUTHORED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT mentioned_in_id IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() REQUIRE r.id IS UNIQUE;
