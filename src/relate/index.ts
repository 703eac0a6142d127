// The relate stage: relationships stated in an article, with evidence.
export { relate } from "./relate.js";
export type { Relation } from "./context.js";
export { amountsIn } from "./amounts.js";
export type { Amount } from "./amounts.js";
