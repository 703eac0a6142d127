// The gazetteer stage: Beijing's and Inner Mongolia's administrative units, their names, codes and misspellings.
export { Gazetteer, defaultGazetteer } from "./gazetteer.js";
export type { AdminMatch, TownshipMatch } from "./gazetteer.js";
export { loadGazetteerData, officialSuffix } from "./units.js";
export type { AdminUnit, AdminLabel, GazetteerData, TownshipUnit } from "./units.js";
export { syllables, syllableDistance, closestForm } from "./noisy.js";
export { projectRoot } from "./project-root.js";
