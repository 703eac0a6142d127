// The extract stage: articles in, the pairing graph out.
export { extractCorpus, extractArticles, EXTRACT_DEFAULTS } from "./extract.js";
export type { ExtractOptions, ExtractResult } from "./extract.js";
