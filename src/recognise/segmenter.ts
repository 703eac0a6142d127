// Jieba word segmentation, with the gazetteer's names loaded so that place names come out as single words.
import { createRequire } from "node:module";
import { Jieba } from "@node-rs/jieba";
import type { Gazetteer } from "../gazetteer/index.js";

const require = createRequire(import.meta.url);

export interface Word {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let shared: Jieba | undefined;

export function segmenter(gazetteer: Gazetteer): Jieba {
  if (!shared) {
    const { dict } = require("@node-rs/jieba/dict") as { dict: Uint8Array };
    shared = Jieba.withDict(dict);
    const lines = gazetteer.units.map((u) => `${u.name} 200000 ns`);
    shared.loadDict(Buffer.from(lines.join("\n") + "\n"));
  }
  return shared;
}

/** Tags a window of text and returns words with offsets relative to `offset`. */
export function tagWindow(jieba: Jieba, text: string, offset: number): Word[] {
  const out: Word[] = [];
  let pos = 0;
  for (const t of jieba.tag(text, true)) {
    const i = text.indexOf(t.word, pos);
    const start = i < 0 ? pos : i;
    out.push({ word: t.word, tag: t.tag, start: offset + start, end: offset + start + t.word.length });
    pos = start + t.word.length;
  }
  return out;
}

const NAME_TAGS = /^(nr|nrt|nrfg|x)$/;

/** The candidate opens with a dictionary word of two or more characters that is not a name (培训班, 高兴地). */
export function opensWithOrdinaryWord(jieba: Jieba, candidate: string): boolean {
  const first = jieba.tag(candidate, true)[0];
  return !!first && first.word.length >= 2 && !NAME_TAGS.test(first.tag);
}

/** The candidate is one dictionary word that is not a name (支教, 皮肤科). */
export function isOrdinaryWord(jieba: Jieba, candidate: string): boolean {
  const words = jieba.tag(candidate, false);
  return words.length === 1 && !NAME_TAGS.test(words[0]!.tag);
}

/** A word starts at `at` in the text around it (not 蒙协作 inside 京蒙协作专家). */
export function wordStartsAt(jieba: Jieba, text: string, at: number): boolean {
  const from = Math.max(0, at - 3);
  let pos = from;
  for (const w of jieba.cut(text.slice(from, at + 3), true)) {
    if (pos === at) return true;
    pos += w.length;
    if (pos > at) return false;
  }
  return pos === at;
}
