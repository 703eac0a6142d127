// The graph stage: the interchange format, its identities, and validated reading and writing.
export * from "./schema.js";
export * from "./identity.js";
export * from "./io.js";
export { GraphBuilder } from "./builder.js";
export type { GraphBuilderOptions } from "./builder.js";
