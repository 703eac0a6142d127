// The normalise stage: clean text with an offset map back to the source, and its sentences.
export { normalise, normaliseTitle, NORMALISE_DEFAULTS } from "./normalise.js";
export type { NormaliseOptions, NormalisedText } from "./normalise.js";
export { MAX_SENTENCE, splitSentences } from "./sentences.js";
export { toSimplified } from "./simplified.js";
export { barredLines, isSectionHeading } from "./tables.js";
export { bracketsAsWritten } from "./written.js";
export { CREDITED_BODY_ENDING } from "./name-spaces.js";
export type { BarredLine, Cell } from "./tables.js";
export type { Sentence } from "./sentences.js";
export { BULLET, ROW_MARK, NUMERAL_YEAR, escapeRegExp, isHan, isCjkPunct, isDigit, isSpace, itemEnds, itemOpens, numeralValue } from "./characters.js";
