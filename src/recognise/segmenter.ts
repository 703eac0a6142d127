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
