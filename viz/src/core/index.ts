// The viewer's core: graph data, viewer state and the logic between them, with no DOM, so it runs under jest.
export * from "./settings.js";
export * from "./model.js";
export * from "./layout.js";
export * from "./settle.js";
export * from "./layout-loop.js";
export * from "./state.js";
export * from "./visibility.js";
export * from "./pairing.js";
export * from "./appearance.js";
export * from "./search.js";
export * from "./evidence.js";
export * from "./subgraph.js";
