// The recognise stage: mentions of places, institutions and people in an article.
export { recognise } from "./recognise.js";
export type { RecogniseInput } from "./recognise.js";
export type { Mention, ArticleDoc, MentionSource } from "./types.js";
export { segmenter } from "./segmenter.js";
export { numberedSchoolKey } from "./abbreviations.js";
export { fullAgencyName } from "./agencies.js";
export { LABEL_GLOSS, PERSON_LABELS, PHONE, PROGRAMME_LABELS, STATIONED_HEADERS, TERM_AT_END, TRADE_WORDS } from "./suffixes.js";
export { ITEM_MARK } from "./context-patterns.js";
export { HELD_POST, LOCAL_PEOPLE, NAME_COLUMN, hasPeopleTable } from "./people-tables.js";
export { PARTY_BRANCH } from "./by-suffix.js";
export { POSTED_TO, PROGRAMME_NAMES } from "./work-teams.js";
export { DEMOCRATIC_PARTIES } from "./democratic-parties.js";
export { NETWORK_PREFIXES, PARTY_PREFIXES } from "./name-prefixes.js";
