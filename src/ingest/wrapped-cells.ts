// A table's cell too long for its column, wrapped onto a line of its own under it (宁城县妇幼保健计划生育服务 / …　中心):
// joined back to the cell, so that the row holds the whole name.
import { width } from "./aligned-tables.js";

/** A line of a fragment alone, set in by spaces: a wrapped cell's tail. */
const FRAGMENT = /^([ \t\u3000]{2,})([\u4e00-\u9fff]{1,4})[ \t\u3000]*$/;
/** How a body's name ends, which the fragment completes (…服务中 + 心). */
const NAME_END = /(中心|医院|卫生院|学校|小学|中学|幼儿园|委员会|公司|合作社|服务站|局|所|站|院|校)$/;

/** The screen columns a run of text takes. */
const columns = (text: string) => [...text].reduce((n, c) => n + width(c.charCodeAt(0)), 0);

/** The line's cells, runs apart by spaces, each with the screen column it starts at. */
function cellsOf(line: string): { text: string; end: number; column: number }[] {
  return [...line.matchAll(/[^ \t\u3000]+/g)].map((m) => ({ text: m[0], end: m.index! + m[0].length, column: columns(line.slice(0, m.index!)) }));
}

export function withWrappedCellsJoined(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const fragment = FRAGMENT.exec(line);
    const row = out.length > 0 ? out[out.length - 1]! : "";
    // (The row above it is a table's: cells apart by runs of spaces.)
    if (!fragment || !/[^ \t\u3000][ \t\u3000]{2,}[^ \t\u3000]/.test(row)) {
      out.push(line);
      continue;
    }
    // The cell the fragment completes into a body's name, the nearest on screen of those it could.
    const at = columns(fragment[1]!);
    const cell = cellsOf(row).filter((c) => !NAME_END.test(c.text) && NAME_END.test(c.text + fragment[2]!))
      .sort((a, b) => Math.abs(a.column - at) - Math.abs(b.column - at))[0];
    if (!cell) {
      out.push(line);
      continue;
    }
    out[out.length - 1] = row.slice(0, cell.end) + fragment[2]! + row.slice(cell.end);
  }
  return out;
}

const tabsIn = (line: string) => line.split("\t").length - 1;
/** A numbered row's opening: its number, then a tab. */
const NUMBERED_ROW = /^\s*[0-9]{1,3}\t/;

/**
 * A tab-separated row a PDF wrapped inside a cell, going on at the next line (3	许文搏	…农业农村局副局 / 长	…人民政府副旗长	挂职干部):
 * joined back where the two lines' tabs add up to the header's, the wrap between two Chinese characters.
 */
export function withWrappedTabRowsJoined(lines: string[]): string[] {
  const out: string[] = [];
  // (The header's tabs: the most a line of the run of tabbed lines holds.)
  let width = 0;
  for (const line of lines) {
    const tabs = tabsIn(line);
    const last = out[out.length - 1];
    const lastTabs = last === undefined ? 0 : tabsIn(last);
    if (last !== undefined && lastTabs > 0 && tabs > 0 && lastTabs < width && lastTabs + tabs === width && /[\u4e00-\u9fff（(]$/.test(last) && /^[\u4e00-\u9fff）)]/.test(line) && !NUMBERED_ROW.test(line)) {
      out[out.length - 1] = last + line;
      continue;
    }
    width = tabs === 0 ? 0 : Math.max(width, tabs);
    out.push(line);
  }
  return out;
}
