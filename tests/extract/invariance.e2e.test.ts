// What must not change what is extracted: how a file is encoded and laid out, and who the people in it are called.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { extractArticles } from "../../src/extract/index.js";
import type { Graph } from "../../src/graph/index.js";
import { readArticle } from "../../src/ingest/index.js";
import { articleFixturePath } from "../fixtures/index.js";

/** Articles of several kinds: a pairing list, hospitals and doctors, teachers, money by table and by donors, a report a PDF wrapped. */
const ARTICLES = ["pairing-utf8.txt", "chaoyang-agreement.txt", "mentougou-liangcheng-bulletin.txt", "arxan-tongren-hospital-team.txt",
  "kulun-miyun-year-end-feature.txt", "xicheng-charity-donation-notice.txt", "daxing-2022-year-end-summary-table.txt", "taipusi-changping-doctors-notice.txt",
  "dongcheng-report-2023.txt"];

/** A seeded generator (mulberry32): the same names every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A web page copied as text around its story: the site's name, menus, a breadcrumb, a sidebar of other stories, links,
 * sharing and footer. */
function copiedPage(t: string): Buffer {
  const [title, ...body] = t.split("\n");
  const head = ["首页 | 政务公开 | 京蒙协作 | 互动交流", "当前位置：首页 > 京蒙协作 > 工作动态", "热点新闻", "· 延庆区与多伦县签署京蒙协作框架协议",
    "· 海淀区向科右中旗捐赠医疗设备价值200万元", "· 平谷区选派干部赴宁城县挂职", ""];
  const foot = ["", "上一篇：丰台区与察右中旗召开联席会议", "下一篇：顺义区向巴林左旗投入帮扶资金5000万元", "相关新闻", "· 通州区选派医生赴科左后旗开展医疗帮扶", "",
    "分享到：微信 微博", "主办单位：北京市延庆区人民政府办公室　承办单位：北京市延庆区政务服务中心　京ICP备12345678号"];
  return Buffer.from(["北京市延庆区人民政府门户网站", title, ...head, ...body, ...foot].join("\n"));
}

const dir = mkdtempSync(join(tmpdir(), "kg-invariance-"));

/** The graph of one file written with these bytes under this name. */
async function graphOf(name: string, bytes: Buffer): Promise<Graph> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return extractArticles([await readArticle(path)], { keepText: false });
}

/** Every relationship but mentions and authorship, by type, its ends' labels and names (renamed back where asked), and the
 * year and sum it gives. */
function relationships(g: Graph, back: Map<string, string> = new Map()): string[] {
  const name = new Map(g.nodes.map((n) => [n.id, `${n.label}:${back.get(n.name) ?? n.name}`]));
  const facts = (p: Record<string, unknown>) => JSON.stringify([p["since"], p["year"], p["amountYuan"]]);
  return [...new Set(g.edges.filter((e) => e.type !== "MENTIONED_IN" && e.type !== "AUTHORED").map((e) => `${e.type} ${name.get(e.source)} -> ${name.get(e.target)} ${facts(e.props)}`))].sort();
}

const text = (file: string) => readFileSync(articleFixturePath(file), "utf8");

describe.each([
  ["Windows line ends", (t: string) => Buffer.from(t.replace(/\n/g, "\r\n"))],
  ["a byte-order mark", (t: string) => Buffer.from(`\ufeff${t}`)],
  ["GB18030", (t: string) => iconv.encode(t, "gb18030")],
  ["trailing spaces", (t: string) => Buffer.from(t.replace(/\n/g, "  \n"))],
  ["a blank line after every line, a table's rows too", (t: string) => Buffer.from(t.replace(/\n/g, "\n\n"))],
  ["years in Chinese numerals (二〇二三年)", (t: string) => Buffer.from(t.replace(/(?<![0-9])((?:19|20)[0-9]{2})(?=年)/g, (y) => [...y].map((d) => "〇一二三四五六七八九"[Number(d)]).join("")))],
  ["the site's name, menus, sidebar, links and footer of a web page copied as text", copiedPage],
  ["straight quotation marks", (t: string) => Buffer.from(t.replace(/[“”]/g, '"'))],
  ["corner brackets for quotation marks (「」)", (t: string) => Buffer.from(t.replace(/“/g, "「").replace(/”/g, "」"))],
  ["a hyphen for a dash between words (东城区-阿尔山市)", (t: string) => Buffer.from(t.replace(/(?<=[\u4e00-\u9fff])—(?=[\u4e00-\u9fff])/g, "-"))],
  ["zero-width characters between words", (t: string) => {
    const next = seeded(5);
    return Buffer.from(t.replace(/[\u4e00-\u9fff](?=[\u4e00-\u9fff])/g, (c) => (next() < 0.05 ? `${c}\u200b` : c)));
  }],
])("an article written with %s", (_mode, write) => {
  it.each(ARTICLES)("gives the relationships of %s as written plainly", async (file) => {
    const plain = relationships(await graphOf(`plain-${file}`, Buffer.from(text(file))));
    expect(plain.length).toBeGreaterThan(0);
    expect(relationships(await graphOf(`written-${file}`, write(text(file))))).toEqual(plain);
  });
});

describe("an article whose people are called otherwise", () => {
  const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚";
  const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华建国志红玉兰海燕飞鹏宇浩晨欣怡佳琪涵梓萱远嘉博雅婷晓东立新永春梅淑珍凤";

  it.each(ARTICLES)("gives the same relationships of %s under the new names", async (file) => {
    const original = text(file);
    const g = await graphOf(`named-${file}`, Buffer.from(original));
    const people = g.nodes.filter((n) => n.label === "Person" && /^[\u4e00-\u9fff]{2,3}$/.test(n.name)).map((n) => n.name).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const next = seeded(file.length);
    const pick = (s: string) => s[Math.floor(next() * s.length)]!;
    const back = new Map<string, string>();
    let renamed = original;
    for (const p of people) {
      let n: string;
      do n = pick(SURNAMES) + Array.from({ length: p.length - 1 }, () => pick(GIVEN)).join("");
      while (original.includes(n) || back.has(n));
      back.set(n, p);
      renamed = renamed.split(p).join(n);
    }
    expect(relationships(await graphOf(`renamed-${file}`, Buffer.from(renamed)), back)).toEqual(relationships(g));
  });
});
