// End to end over the sample corpus: concrete facts with their evidence, determinism, and bad input.
import { jest } from "@jest/globals";
import { mkdtempSync, readFileSync, copyFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractCorpus } from "../../src/extract/index.js";
import { serialiseGraph, readGraph, type Graph } from "../../src/graph/index.js";
import { main } from "../../src/cli/main.js";
import { SAMPLE_CORPUS_DIR, articleFixturePath } from "../fixtures/index.js";
import { between } from "./relations.js";

let graph: Graph;
beforeAll(async () => {
  graph = (await extractCorpus([SAMPLE_CORPUS_DIR])).graph;
});
const node = (name: string) => graph.nodes.find((n) => n.name === name);
const edges = (type: string, from: string, to: string) => between(graph, type, from, to);

describe("extract over the sample corpus", () => {
  it("pairs 昌平区 with 太仆寺旗, citing the sentence that says so", () => {
    const [pair] = edges("PAIRED_WITH", "昌平区", "太仆寺旗");
    expect(pair).toBeDefined();
    expect(pair!.evidence!.some((e) => e.sentence.includes("北京市昌平区对口帮扶太仆寺旗"))).toBe(true);
    const article = graph.nodes.find((n) => n.id === pair!.evidence![0]!.article)!;
    const text = String(article.props["text"]);
    const ev = pair!.evidence![0]!;
    expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
  });

  it("resolves 科优前旗 to 科尔沁右翼前旗 (152221)", () => {
    const banner = graph.nodes.find((n) => n.id === "banner:152221")!;
    expect(banner.name).toBe("科尔沁右翼前旗");
    expect(banner.aliases).toContain("科优前旗");
  });

  it("has 崔平 on assignment at 兴安盟扎赉特旗人民医院, 医疗帮扶 for 40天", () => {
    const [a] = edges("ASSIGNED_TO", "崔平", "兴安盟扎赉特旗人民医院");
    expect(a?.props).toMatchObject({ kind: "医疗帮扶", duration: "40天" });
  });

  it("merges an enterprise known by the head of its name, but not a group into its subsidiary", () => {
    expect(node("新发地")).toBeUndefined();
    expect(node("新发地农副产品批发市场")?.aliases).toContain("新发地");
    expect(node("中化")?.label).toBe("Enterprise");
    expect(node("中化现代农业(内蒙古)有限公司")?.label).toBe("Enterprise");
  });

  it("names every administrative unit of seed 004 canonically", () => {
    const names = ["喀喇沁旗", "突泉县", "科尔沁右翼前旗", "科尔沁左翼中旗", "巴林左旗", "化德县", "阿尔山市", "科尔沁左翼后旗", "鄂伦春自治旗"];
    for (const n of names) expect(node(n)?.props["code"]).toMatch(/^15\d{4}$/);
  });

  it("links every extracted node to an article it is mentioned in, and leaves unmentioned units out", () => {
    const mentioned = new Set(graph.edges.filter((e) => e.type === "MENTIONED_IN").map((e) => e.source));
    for (const n of graph.nodes) if (n.label !== "Article") expect(mentioned.has(n.id)).toBe(true);
    expect(node("阿拉善盟")).toBeUndefined();
  });

  it("gives every relationship but MENTIONED_IN a confidence and, unless from the gazetteer, evidence", () => {
    for (const e of graph.edges.filter((x) => x.type !== "MENTIONED_IN")) {
      expect(e.confidence).toBeGreaterThan(0);
      if (e.type !== "PART_OF") expect(e.evidence!.length).toBeGreaterThan(0);
    }
  });

  it("gives the same bytes on a second run", async () => {
    const again = (await extractCorpus([SAMPLE_CORPUS_DIR])).graph;
    expect(serialiseGraph(again)).toBe(serialiseGraph(graph));
  });

  it("gives the same bytes whatever order its files are given in", async () => {
    // (Two articles telling of one gift of 北京市慈善基金会 with its purpose in different words: which stands must not hang on order.)
    const files = ["charity-xingan.txt", "donations-spaced-table.txt"].map(articleFixturePath);
    const forward = (await extractCorpus(files)).graph;
    const backward = (await extractCorpus([...files].reverse())).graph;
    expect(serialiseGraph(backward)).toBe(serialiseGraph(forward));
  });
});

describe("kg extract", () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-extract-"));
  for (const f of ["pairing-utf8.txt", "binary.txt", "empty.txt"]) copyFileSync(articleFixturePath(f), join(dir, f));

  it("skips bad files with their reason, extracts the rest and exits 0", async () => {
    const out = join(dir, "graph.json");
    const errors: string[] = [];
    const spy = jest.spyOn(console, "error").mockImplementation((m: string) => void errors.push(m));
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const code = await main(["extract", dir, "--out", out]);
    spy.mockRestore();
    log.mockRestore();
    expect(code).toBe(0);
    expect(errors.join("\n")).toMatch(/binary\.txt: binary content/);
    expect(errors.join("\n")).toMatch(/empty\.txt: empty file/);
    const g = await readGraph(out);
    expect(g.nodes.some((n) => n.name === "阿鲁科尔沁旗")).toBe(true);
  });

  it("exits non-zero with --strict when a file was skipped, and when nothing could be read", async () => {
    const quiet = [jest.spyOn(console, "error").mockImplementation(() => undefined), jest.spyOn(console, "log").mockImplementation(() => undefined)];
    expect(await main(["extract", dir, "--out", join(dir, "g2.json"), "--strict"])).toBe(1);
    expect(await main(["extract", articleFixturePath("binary.txt"), "--out", join(dir, "g3.json")])).toBe(1);
    expect(await main(["extract", "--out", join(dir, "g4.json")])).toBe(1);
    quiet.forEach((s) => s.mockRestore());
  });

  it("rejects an unreadable graph file with the file's name", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{\"version\":1,\"nodes\":[{\"id\":\"x\"}]}");
    await expect(readGraph(bad)).rejects.toThrow(/^graph: .*bad\.json: invalid at nodes\.0\.label/);
    expect(readFileSync(bad, "utf8")).toContain("version");
  });
});
