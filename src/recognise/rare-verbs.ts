// Verbs the segmenter's dictionary has rarely seen, learnt from it as it is loaded: a name's own words more often than a clause's.

/** Verbs of two characters the dictionary has seen fewer than a hundred times (启明 25, 育新 20, 启智 2; 推动 4,715): between a
 * unit and a school's or hospital's ending they are more often its own name than a clause's verb. */
const RARE_VERB_LINE = /^([^\s]{2}) [0-9]{1,2} v$/gm;
const rareVerbs = new Set<string>();

/** Learns the rare verbs of a dictionary's text (a line a word: word, frequency, tag). */
export function learnRareVerbs(dictionary: string): void {
  for (const [, word] of dictionary.matchAll(RARE_VERB_LINE)) rareVerbs.add(word!);
}

export function isRareVerb(word: string): boolean {
  return rareVerbs.has(word);
}
