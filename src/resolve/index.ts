// The resolve stage: mentions become entities with canonical names and stable ids.
export { resolve } from "./resolve.js";
export type { Entity, Resolution, ResolvedDoc, Side } from "./resolve.js";
