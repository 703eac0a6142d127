// The ingest stage: files in, decoded articles with metadata out.
export { listInputs, readArticle, IngestError, INGEST_DEFAULTS } from "./ingest.js";
export type { IngestOptions, RawArticle, Skipped } from "./ingest.js";
export { decode } from "./decode.js";
export { htmlToText } from "./html.js";
export { markdownToText } from "./markdown.js";
export { plainTables } from "./plain-tables.js";
export { withoutPageFurniture } from "./page-furniture.js";
export { withoutRunningHeads } from "./running-heads.js";
export { readMetadata } from "./metadata.js";
export type { ArticleMetadata } from "./metadata.js";
