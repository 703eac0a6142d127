// Types for graphology-layout-forceatlas2's single-iteration module, which the package ships without declarations.
declare module "graphology-layout-forceatlas2/iterate.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  const iterate: (settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array) => unknown;
  export default iterate;
}
