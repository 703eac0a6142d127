// What recognition produces: mentions of entities, each a span of the normalised article text.
import type { NodeLabel } from "../graph/index.js";

export type MentionSource =
  | "gazetteer" | "noisy" | "learned" | "suffix" | "enumeration" | "title" | "byline" | "context" | "known";

export interface Mention {
  start: number;
  end: number;
  surface: string;
  label: Exclude<NodeLabel, "Article">;
  /** Canonical name as far as recognition can tell (the unit's name for administrative units). */
  name: string;
  /** Gazetteer id for administrative units. */
  unitId?: string;
  source: MentionSource;
  confidence: number;
  /** A person's title or role as written next to the name (老师, 主任医师). */
  role?: string;
  /** Set for a surname-and-title reference (何老师) that resolution ties to a full name. */
  surnameOnly?: boolean;
  /** True when the mention stands inside a longer institution name (太仆寺旗 in 太仆寺旗中蒙医院). */
  nested?: boolean;
  /** True when the body is named only as the holder of the post written right after it (五星村党支部 of 五星村党支部书记王强):
   * relations read through it, but a body named so and nowhere else is no node of the graph. */
  asTitle?: boolean;
}

/** One article after normalisation, with its sentences and the mentions recognition found. */
export interface ArticleDoc {
  id: string;
  title: string;
  text: string;
  sentences: import("../normalise/index.js").Sentence[];
  mentions: Mention[];
  byline: string[];
  /** The article's date (2024-05-20), when known. */
  date?: string | null;
}
